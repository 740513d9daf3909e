package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an amendment changes from its effective date: the rules version and size class then
 * applied, the annual envelope as amended, and the deadlines of the missions it adds.
 *
 * @param annualTotal sum of the amended envelope's known annual amounts
 */
public record AmendedEnvelope(ContractAmendment amendment, RulesVersion rules, SizeClass sizeClass,
        List<AnnualLine> annual, BigDecimal annualTotal, List<MissionDeadline> deadlines) {
    public AmendedEnvelope {
        annual = List.copyOf(annual);
        deadlines = List.copyOf(deadlines);
    }
}
