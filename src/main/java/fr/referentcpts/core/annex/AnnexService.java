package fr.referentcpts.core.annex;

import fr.referentcpts.core.annex.AnnexRenderer.RenderedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The contract annexes of a case: builds the report from the case's data, the signature stage
 * ({@link AnnexSources}) and the funding engine; has it rendered ({@link AnnexRenderer}); records
 * every final annex with its SHA-256, and re-verifies stored annexes.
 */
public final class AnnexService {
    private final CaseFileService caseFiles;
    private final TerritoryService territories;
    private final MissionService missions;
    private final FundingEngine engine;
    private final AnnexSources sources;
    private final AnnexRenderer renderer;
    private final AnnexRepository repository;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public AnnexService(CaseFileService caseFiles, TerritoryService territories, MissionService missions,
            FundingEngine engine, AnnexSources sources, AnnexRenderer renderer, AnnexRepository repository,
            Transactions transactions, Clock clock, Supplier<UUID> ids) {
        this.caseFiles = caseFiles;
        this.territories = territories;
        this.missions = missions;
        this.engine = engine;
        this.sources = sources;
        this.renderer = renderer;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The report of a case as of {@code generatedOn}; a draft when something is missing or when asked. */
    public AnnexReport report(UUID caseId, boolean draftRequested, LocalDate generatedOn) {
        return transactions.inTransaction(() -> {
            caseFiles.get(caseId);
            AnnexSources.Inputs inputs = sources.inputs(caseId, generatedOn);
            ContractParties parties = inputs.parties();
            Territory territory = territories.territory(caseId);
            MissionContent content = missions.content(caseId);
            FundingResult funding = engine.compute(inputs.fundingInput());
            return AnnexReportBuilder.forCase(caseId).parties(parties).territory(territory).missions(content)
                    .funding(funding, parties.signatureDate() == null).generatedOn(generatedOn)
                    .blockers(inputs.signatureBlockers()).draftRequested(draftRequested).build();
        });
    }

    /** Same as {@link #generate(UUID, boolean, DoubleConsumer)} without progress. */
    public GeneratedAnnex generate(UUID caseId, boolean draftRequested) {
        return generate(caseId, draftRequested, progress -> { });
    }

    /**
     * Generates the annexes of a case today. A final one ({@code draftRequested} false) is refused
     * with {@link AnnexNotReadyException} while a reason remains, and is recorded once rendered;
     * a draft is watermarked « PROJET » and never recorded.
     *
     * @param progress receives the fraction done, 0 to 1
     */
    public GeneratedAnnex generate(UUID caseId, boolean draftRequested, DoubleConsumer progress) {
        progress.accept(0);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AnnexReport report = report(caseId, draftRequested, LocalDate.ofInstant(now, clock.getZone()));
        if (!draftRequested && report.draft()) {
            CaseFile caseFile = caseFiles.get(caseId);
            throw new AnnexNotReadyException(caseFile.name(), report.draftReasons());
        }
        progress.accept(0.2);
        RenderedAnnex rendered = renderer.render(report);
        progress.accept(0.9);
        String sha256 = sha256(rendered.content());
        Annex stored = null;
        if (!report.draft()) {
            Annex annex = new Annex(ids.get(), caseId, now, report.rules().id(), sha256, report.documentId(),
                    rendered.pageCount(), rendered.content().length, true, rendered.content());
            transactions.inTransaction(() -> {
                repository.insert(annex);
                caseFiles.touch(caseId);
            });
            stored = annex;
        }
        progress.accept(1);
        return new GeneratedAnnex(report, rendered.content(), rendered.pageCount(), sha256, stored);
    }

    /** Lays a report out again: the same report gives the same bytes (re-verification, tests). */
    public RenderedAnnex render(AnnexReport report) {
        return renderer.render(report);
    }

    /** The annexes recorded for a case, the most recent first. */
    public List<Annex> annexes(UUID caseId) {
        return transactions.inTransaction(() -> repository.annexes(caseId));
    }

    /** The annexes of a case, each re-verified against the SHA-256 recorded when it was generated. */
    public List<AnnexCheck> checkedAnnexes(UUID caseId) {
        return annexes(caseId).stream().map(AnnexService::verify).toList();
    }

    public Annex annex(UUID annexId) {
        return transactions.inTransaction(() -> repository.find(annexId))
                .orElseThrow(() -> new NotFoundException(annexId.toString()));
    }

    /** Recomputes the SHA-256 of the stored bytes and compares it with the recorded one. */
    public static AnnexCheck verify(Annex annex) {
        String actual = sha256(annex.content());
        return new AnnexCheck(annex, actual, actual.equals(annex.sha256()));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
