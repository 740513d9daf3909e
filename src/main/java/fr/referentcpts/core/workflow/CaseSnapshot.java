package fr.referentcpts.core.workflow;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.Overlap;
import fr.referentcpts.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the workflow reads of one case file, read in one transaction: the requirements,
 * the deadlines and the funding input are computed from it without touching the database.
 */
public record CaseSnapshot(CaseFile caseFile, Territory territory, List<Overlap> overlaps, List<Person> people,
        MissionContent missions, PreProject preProject, LetterOfIntent letter, HealthProject healthProject,
        Negotiation negotiation, Map<LineKey, ContractAmount> contractAmounts, List<Meeting> meetings,
        List<HistoryEntry> history, List<AnnualReview> reviews, List<PaymentReceived> payments,
        ContractRecords contract) {

    public CaseSnapshot {
        overlaps = List.copyOf(overlaps);
        people = List.copyOf(people);
        contractAmounts = Map.copyOf(contractAmounts);
        contract = contract == null ? ContractRecords.EMPTY : contract;
        meetings = List.copyOf(meetings);
        history = List.copyOf(history);
        reviews = List.copyOf(reviews);
        payments = List.copyOf(payments);
    }

    public UUID id() {
        return caseFile.id();
    }

    public Optional<Person> person(UUID personId) {
        return personId == null ? Optional.empty()
                : people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /** The president chosen in the health project form, else the first person with that role. */
    public Optional<Person> president() {
        return person(healthProject.presidentId()).or(() -> withRole(Role.PRESIDENT));
    }

    /** The coordinator chosen in the health project form, else the first person with that role. */
    public Optional<Person> coordinator() {
        return person(healthProject.coordinatorId()).or(() -> withRole(Role.COORDINATOR));
    }

    public Optional<Person> withRole(Role role) {
        return people.stream().filter(p -> p.has(role)).findFirst();
    }

    /** The population the contract pays on: the confirmed figure, else the territory's total. */
    public long population() {
        return negotiation.confirmedPopulation() != null ? negotiation.confirmedPopulation()
                : territory.totalPopulation();
    }

    public LocalDate signatureDate() {
        return negotiation.signatureDate();
    }

    public Optional<AnnualReview> review(int contractYear) {
        return reviews.stream().filter(r -> r.contractYear() == contractYear).findFirst();
    }
}
