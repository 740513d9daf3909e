package fr.referentcpts.core.amendment;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * What the « Nouvel avenant » form offers for a signed contract as it stands (earlier amendments
 * applied): the next number, the contract's term, its current rules version, size class and
 * missions with their start dates, the missions it could add, the rules versions to choose from
 * and the default one, and whether the operating complement may still be granted.
 *
 * @param currentRulesId      the version the contract applies now (null: it cannot be computed)
 * @param defaultRulesId      the latest version confirmed by the cellule in force on {@code suggestedDate}
 * @param complementAvailable the contract was signed early enough and has not received it yet
 */
public record AmendmentOptions(int nextNumber, LocalDate signatureDate, LocalDate contractEnd,
        LocalDate suggestedDate, String currentRulesId, int currentSizeClass, List<MissionChoice> currentMissions,
        List<Mission> addableMissions, List<RulesVersion> versions, String defaultRulesId,
        boolean complementAvailable) {
    public AmendmentOptions {
        currentMissions = List.copyOf(currentMissions);
        addableMissions = List.copyOf(addableMissions);
        versions = List.copyOf(versions);
    }
}
