package fr.referentcpts.ui;

import fr.referentcpts.core.agenda.AgendaService;
import fr.referentcpts.core.agenda.CalendarExport;
import fr.referentcpts.core.amendment.AmendmentService;
import fr.referentcpts.core.annex.AnnexService;
import fr.referentcpts.core.annex.PageRenderer;
import fr.referentcpts.core.backup.Backups;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.ExchangeFiles;
import fr.referentcpts.core.followup.FollowUpService;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.history.HistoryIntegrity;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.settings.SettingsService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.core.workflow.WorkflowService;
import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the window needs from the application, as core use cases and ports only: built once by
 * the composition root for an opened data folder. The window never sees the database, the files'
 * formats or the PDF library.
 *
 * @param demo      loads the demonstration case files, returns how many
 * @param communes  the referential of communes, loaded on first use
 * @param indicatorCatalog the catalog of indicators, read on first use
 * @param rules     the rules versions, read on first use (off the FX thread first: the home screen asks)
 * @param budget    the cellule's budget and its exports
 * @param sync      the cellule's server, when the data folder is connected to one
 */
public record WindowServices(Clock clock, DepartementCatalog departements, CaseFileService caseFiles,
        IntSupplier demo, TerritoryService territories, Supplier<CommuneReferential> communes, PersonService people,
        MissionService missions, Supplier<List<IndicatorTemplate>> indicatorCatalog, Supplier<RulesService> rules,
        DocumentService documents, UserFiles files, AnnexService annexes, PageRenderer pages,
        WorkflowService workflow, StageFormService forms, FollowUpService followUp,
        fr.referentcpts.core.workflow.ContractService contracts, AmendmentService amendments, MeetingService meetings,
        AgendaService agenda, CalendarExport calendar, HistoryIntegrity historyIntegrity, ExchangeFiles exchange,
        Backups backups, SettingsService settings, fr.referentcpts.core.budget.BudgetService budget,
        fr.referentcpts.core.sync.SyncConnector sync) {
}
