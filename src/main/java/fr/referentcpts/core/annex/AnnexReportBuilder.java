package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.AmountStatus;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.EarnedAmount;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.MissionDeadline;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClassDecision;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Assembles an {@link AnnexReport} from the case's data and the funding engine's result for the
 * same case: pure, no I/O. Adds to the signature stage's blockers what the annex itself
 * requires (a territory, the socle missions, every amount confirmed); the report is a draft as
 * soon as one reason remains, or when a draft is asked for.
 */
public final class AnnexReportBuilder {
    private final UUID caseId;
    private ContractParties parties;
    private Territory territory = new Territory(List.of());
    private MissionContent missions = new MissionContent(List.of(), List.of(), List.of(), List.of());
    private FundingResult funding;
    private boolean signatureDateProvisional;
    private LocalDate generatedOn;
    private final List<DraftReason> blockers = new ArrayList<>();
    private boolean draftRequested;

    private AnnexReportBuilder(UUID caseId) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
    }

    public static AnnexReportBuilder forCase(UUID caseId) {
        return new AnnexReportBuilder(caseId);
    }

    public AnnexReportBuilder parties(ContractParties value) {
        this.parties = value;
        return this;
    }

    public AnnexReportBuilder territory(Territory value) {
        this.territory = value;
        return this;
    }

    public AnnexReportBuilder missions(MissionContent value) {
        this.missions = value;
        return this;
    }

    /** The funding of the case; {@code provisional} when its signature date is not fixed yet. */
    public AnnexReportBuilder funding(FundingResult value, boolean provisional) {
        this.funding = value;
        this.signatureDateProvisional = provisional;
        return this;
    }

    public AnnexReportBuilder generatedOn(LocalDate value) {
        this.generatedOn = value;
        return this;
    }

    /** The blocking requirements of the signature stage (see {@link AnnexSources.Inputs#signatureBlockers}). */
    public AnnexReportBuilder blockers(List<DraftReason> values) {
        blockers.addAll(values);
        return this;
    }

    /** A draft even when everything is ready (a working copy, never recorded as final). */
    public AnnexReportBuilder draftRequested(boolean value) {
        this.draftRequested = value;
        return this;
    }

    public AnnexReport build() {
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(generatedOn, "generatedOn");
        List<DraftReason> reasons = reasons();
        return new AnnexReport(caseId,
                new AnnexIdentity(parties.associationName(), parties.rnaNumber(), parties.seat(), parties.cpamName(),
                        parties.arsName()),
                rules(funding.rules()), territoryAnnex(), missionAnnexes(), financialAnnex(), signatureBlocks(),
                generatedOn, !reasons.isEmpty(), reasons);
    }

    private List<DraftReason> reasons() {
        LinkedHashSet<DraftReason> reasons = new LinkedHashSet<>(blockers);
        if (signatureDateProvisional && parties.signatureDate() == null) {
            reasons.add(DraftReason.of("annex.reason.signatureDate"));
        }
        if (territory.isEmpty()) {
            reasons.add(DraftReason.of("annex.reason.territoryEmpty"));
        }
        if (missions.chosen().isEmpty()) {
            reasons.add(DraftReason.of("annex.reason.noMission"));
        }
        for (MissionRule rule : funding.rules().missions()) {
            if (rule.kind() == MissionKind.SOCLE && !missions.mission(rule.mission()).chosen()) {
                reasons.add(DraftReason.of("annex.reason.socleMissing", rule.mission()));
            }
        }
        for (AnnualLine line : funding.lines().toList()) {
            if (line.status() == AmountStatus.MISSING) {
                reasons.add(lineReason("annex.reason.amountMissing", "annex.reason.amountMissingStructure", line.key()));
            } else if (line.status() == AmountStatus.PROPOSED) {
                reasons.add(lineReason("annex.reason.amountToConfirm", "annex.reason.amountToConfirmStructure",
                        line.key()));
            }
        }
        if (draftRequested && reasons.isEmpty()) {
            reasons.add(DraftReason.of("annex.reason.requested"));
        }
        return List.copyOf(reasons);
    }

    /** A line of the structure names its component; a mission's line names the mission and the component. */
    private static DraftReason lineReason(String key, String structureKey, LineKey line) {
        return line.mission() == null ? DraftReason.of(structureKey, line.component())
                : DraftReason.of(key, line.mission(), line.component());
    }

    private static RulesReference rules(RulesVersion rules) {
        return new RulesReference(rules.id(), rules.label(), rules.inForce(), rules.legalReferences());
    }

    private TerritoryAnnex territoryAnnex() {
        SizeClassDecision size = funding.sizeClass();
        return new TerritoryAnnex(
                territory.communes().stream().map(c -> new CommuneLine(c.inseeCode(), c.name(), c.population()))
                        .toList(),
                territory.totalPopulation(), size.population(), size.populationSource(), size.populationVintage(),
                size.applied().number(), size.fromPopulation().number(), size.overrideReason());
    }

    private List<MissionAnnex> missionAnnexes() {
        List<MissionAnnex> annexes = new ArrayList<>();
        for (MissionDeadline deadline : funding.deadlines()) {
            CaseMission chosen = missions.mission(deadline.mission());
            MissionKind kind = funding.rules().mission(deadline.mission()).map(MissionRule::kind)
                    .orElse(MissionKind.OPTIONAL);
            LocalDate start = chosen.startDate() != null ? chosen.startDate() : funding.signatureDate();
            annexes.add(new MissionAnnex(deadline.mission(), kind, start, deadline.start(), deadline.deployed(),
                    chosen.snpOrientation(),
                    missions.actionsOf(deadline.mission()).stream().map(a -> new ActionLine(a.title(),
                            a.description(), a.pilot(), a.partners(), a.calendar(), a.deliverables())).toList(),
                    missions.indicatorsOf(deadline.mission()).stream().map(AnnexReportBuilder::indicator).toList(),
                    MissionService.maximumEarnable(missions).stream().filter(e -> e.mission() == deadline.mission())
                            .collect(java.util.stream.Collectors.toMap(EarnedAmount::contractYear,
                                    EarnedAmount::amount, (a, b) -> a, java.util.TreeMap::new))));
        }
        return annexes;
    }

    private static IndicatorLine indicator(Indicator i) {
        return new IndicatorLine(i.label(), i.kind(), i.unit(), i.direction(), i.baseline(), i.weight(),
                new java.util.TreeMap<>(i.targets()), i.amount(), i.tiers(), i.dataSource());
    }

    private FinancialAnnex financialAnnex() {
        return new FinancialAnnex(funding.sizeClass().applied().number(), funding.signatureDate(),
                signatureDateProvisional, funding.contractEnd(), funding.annual(), funding.annualTotal(),
                funding.payments(), funding.totalsByContractYear(), funding.totalsByCalendarYear(),
                funding.contractTotal(), funding.missing(), funding.usesAmountsToConfirm());
    }

    private List<SignatureBlock> signatureBlocks() {
        List<SignatureBlock> blocks = new ArrayList<>();
        for (Party party : Party.values()) {
            blocks.add(new SignatureBlock(party, parties.organisation(party), parties.signatory(party),
                    parties.signaturePlace(), parties.signatureDate()));
        }
        return blocks;
    }
}
