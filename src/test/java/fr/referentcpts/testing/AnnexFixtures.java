package fr.referentcpts.testing;

import fr.referentcpts.core.annex.PopulationFigure;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexSources;
import fr.referentcpts.core.annex.ContractParties;
import fr.referentcpts.core.annex.Signatory;
import fr.referentcpts.core.annex.SignatoryQuality;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A CPTS case with a real territory (Calvados communes of the shipped referential), missions,
 * actions and indicators, built through the real services; and the parties of its signature,
 * as the workflow will provide them.
 */
public final class AnnexFixtures {
    public static final LocalDate SIGNATURE = LocalDate.of(2026, 3, 15);
    public static final String ACI_2019 = "ACI-2019";

    private AnnexFixtures() {
    }

    /** A case at the signature stage with {@code communes} communes of Calvados and four missions. */
    public static CaseFile caseWithContent(AppContext context, int communes) {
        CaseFile caseFile = context.caseFiles().create(new CaseIdentity("CPTS Caen Ouest", "14", "Camille Roussel", ""),
                WorkflowStage.SIGNATURE);
        context.territories().add(caseFile.id(), calvados(communes));
        RulesVersion rules = context.rules().find(ACI_2019).orElseThrow();
        UUID id = caseFile.id();
        context.missions().saveMission(id, new CaseMission(Mission.ACCESS, true, null, true), rules);
        context.missions().saveMission(id, new CaseMission(Mission.PATHWAYS, true, LocalDate.of(2026, 9, 1), false), rules);
        context.missions().saveMission(id, new CaseMission(Mission.PREVENTION, true, LocalDate.of(2027, 1, 4), false),
                rules);
        context.missions().saveMission(id, new CaseMission(Mission.QUALITY, true, LocalDate.of(2026, 6, 1), false), rules);
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), id, Mission.ACCESS,
                "Trouver un médecin traitant aux patients en affection de longue durée",
                "Recensement des patients sans médecin traitant avec la CPAM, puis répartition entre les médecins "
                        + "volontaires de la CPTS ; suivi trimestriel de la liste d’attente et point en bureau.",
                "Dr Hélène Marchand", "CPAM du Calvados, MSP de la Guérinière", "dès la signature"));
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), id, Mission.ACCESS,
                "Régulation des soins non programmés", "Plateforme téléphonique de 8 h à 20 h en semaine.",
                "Coordinatrice", "SAS du Calvados", "2026–2027"));
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), id, Mission.PATHWAYS,
                "Parcours insuffisance cardiaque", "", "Dr Paul Lefèvre", "CHU de Caen", "2027"));
        context.missions().saveIndicator(indicator(id, Mission.ACCESS, "Patients en ALD sans médecin traitant",
                IndicatorKind.RESULTS, "patients", Direction.LOWER_IS_BETTER, "2", 400, 300, 200, 150, 100));
        context.missions().saveIndicator(indicator(id, Mission.ACCESS, "Demandes de soins non programmés orientées",
                IndicatorKind.MEANS, "%", Direction.HIGHER_IS_BETTER, "1", 50, 60, 70, 75, 80));
        context.missions().saveIndicator(indicator(id, Mission.PATHWAYS, "Protocole pluriprofessionnel signé",
                IndicatorKind.MEANS, "", Direction.YES_NO, "1", 1, 1, 1, 1, 1));
        return caseFile;
    }

    private static Indicator indicator(UUID caseId, Mission mission, String label, IndicatorKind kind, String unit,
            Direction direction, String weight, int... targets) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        for (int year = 1; year <= targets.length; year++) {
            byYear.put(year, BigDecimal.valueOf(targets[year - 1]));
        }
        return new Indicator(UUID.randomUUID(), caseId, mission, label, kind, unit, null, direction,
                new BigDecimal(weight), byYear, Map.of());
    }

    /** The first {@code count} communes of Calvados in the shipped referential (INSEE order). */
    public static List<TerritoryCommune> calvados(int count) {
        List<TerritoryCommune> communes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AnnexFixtures.class.getResourceAsStream("/geo/communes.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t");
                if (f[0].startsWith("14") && f.length > 4) {
                    communes.add(new TerritoryCommune(f[0], f[1], f[2], Long.parseLong(f[4]),
                            "INSEE, populations légales", "2022", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The file is sorted by name: take the first communes by INSEE code, whatever the file order.
        communes.sort(java.util.Comparator.comparing(TerritoryCommune::inseeCode));
        return List.copyOf(communes.subList(0, Math.min(count, communes.size())));
    }

    /** Everything the signature stage records, signed on {@link #SIGNATURE} under ACI 2019. */
    public static ContractParties readyParties() {
        return new ContractParties("Association CPTS Caen Ouest", "W143012345", "12 rue de Bayeux, 14000 Caen",
                "CPAM du Calvados", "ARS Normandie",
                new Signatory("Dr Claire Dubois", SignatoryQuality.CPTS_PRESIDENT, ""),
                new Signatory("Marc Lebrun", SignatoryQuality.CPAM_DIRECTOR, ""),
                new Signatory("Sophie Renaud", SignatoryQuality.ARS_DEPARTMENTAL_DELEGATE, "par délégation"),
                "Caen", SIGNATURE, ACI_2019, null);
    }

    /**
     * Sources returning {@code parties}, their missing items as blockers, and the case's terms
     * read from {@code context} (territory, missions) with {@code entered} as the contract's own amounts.
     */
    public static AnnexSources sources(AppContext context, ContractParties parties, Map<LineKey, BigDecimal> entered) {
        return new AnnexSources() {
            @Override
            public ContractParties parties(UUID caseId) {
                return parties;
            }

            @Override
            public Inputs inputs(UUID caseId, LocalDate generatedOn) {
                return new Inputs(parties, input(parties, context.territories().territory(caseId),
                        context.missions().content(caseId), entered, generatedOn), parties.missingItems());
            }
        };
    }

    /** The terms of a contract from its parts, as the workflow's sources build them, on {@code generatedOn}. */
    public static FundingInput input(ContractParties parties, Territory territory, MissionContent missions,
            Map<LineKey, BigDecimal> entered, LocalDate generatedOn) {
        LocalDate start = parties.signatureDate() != null ? parties.signatureDate()
                : missions.chosen().stream().map(CaseMission::startDate).filter(java.util.Objects::nonNull)
                        .min(LocalDate::compareTo).filter(d -> d.isBefore(generatedOn)).orElse(generatedOn);
        PopulationFigure population = parties.population() != null ? parties.population()
                : new PopulationFigure(territory.totalPopulation(), territory.communes().stream()
                        .map(TerritoryCommune::populationSource).filter(t -> !t.isEmpty()).distinct().sorted()
                        .collect(java.util.stream.Collectors.joining(", ")), String.join(", ", territory.vintages()));
        FundingInput.Builder input = FundingInput.builder(population.population(), start)
                .populationSource(population.source(), population.vintage()).rulesVersion(parties.rulesVersionId());
        missions.chosen().forEach(m -> input.mission(new MissionChoice(m.mission(), m.startDate(), m.snpOrientation())));
        entered.forEach((line, amount) -> input.contractAmount(line, new ContractAmount(amount, "Camille Roussel",
                start, "Montant négocié pour ce contrat")));
        return input.build();
    }
}
