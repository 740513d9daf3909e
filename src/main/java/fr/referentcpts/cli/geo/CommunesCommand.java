package fr.referentcpts.cli.geo;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.Json;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.io.geo.CommuneFiles;
import fr.referentcpts.io.geo.GeoFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communes search} and {@code communes epci}: the territory editor's search, on the
 * referential shipped with the application. Opens no data folder.
 */
@Command(name = "communes", description = "Référentiel des communes et des EPCI : rechercher.",
        synopsisSubcommandLabel = "COMMANDE")
public final class CommunesCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 20;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliEnvironment env;

    public CommunesCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Without a sub-command: the list of sub-commands, as an error. */
    @Override
    public Integer call() {
        env.err().println(env.messages().get("cli.error.subcommandRequired", spec.qualifiedName()));
        spec.commandLine().usage(env.err());
        return Cli.EXIT_ERROR;
    }

    @Command(name = "search", description = "Cherche des communes par nom, code postal ou code INSEE (code, nom, "
            + "département, population).")
    int search(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "TEXTE", arity = "1..*",
                    description = "Nom ou début du nom (« st denis », « sainte mere eglise », « saint denis 93 »), "
                            + "code postal ou code INSEE (« 14000 », « 2A004 »).") List<String> words,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
                    description = "Nombre maximal de résultats (défaut : ${DEFAULT-VALUE}).") int limit,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        String text = text(words, limit);
        CommuneReferential communes = CommuneFiles.load();
        List<Commune> found = communes.search(text, limit);
        DepartementCatalog departements = GeoFiles.loadDepartements();
        if (json) {
            env.out().println(Json.write(found.stream().map(c -> toJson(c, communes, departements)).toList()));
        } else {
            new CommuneTable(env.out(), env.messages(), communes).communes(text, found, departements, limit);
        }
        return 0;
    }

    @Command(name = "epci", description = "Cherche des EPCI par nom ou SIREN (code, nom, type, nombre de communes, "
            + "population).")
    int epci(@Mixin DataDirOption dataDir,
            @Parameters(paramLabel = "TEXTE", arity = "1..*",
                    description = "Nom ou partie du nom (« pays de falaise », « CC du Pays de Falaise », "
                            + "« communauté de communes du pays de falaise ») ou SIREN.") List<String> words,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
                    description = "Nombre maximal de résultats (défaut : ${DEFAULT-VALUE}).") int limit,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        String text = text(words, limit);
        CommuneReferential communes = CommuneFiles.load();
        List<Epci> found = communes.searchEpci(text, limit);
        if (json) {
            env.out().println(Json.write(found.stream().map(e -> toJson(e, communes)).toList()));
        } else {
            new CommuneTable(env.out(), env.messages(), communes).epcis(text, found, limit);
        }
        return 0;
    }

    /** The words typed, as one text; refuses an empty text or a limit out of range. */
    private static String text(List<String> words, int limit) {
        if (limit < 1 || limit > CommuneReferential.MAX_LIMIT) {
            throw new DomainException("communes.error.limit", String.valueOf(CommuneReferential.MAX_LIMIT));
        }
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new DomainException("communes.error.emptyText");
        }
        return text;
    }

    private static Map<String, Object> toJson(Commune c, CommuneReferential communes, DepartementCatalog departements) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", c.code());
        row.put("name", c.name());
        row.put("departement", c.departement());
        row.put("departementName", departements.nameOf(c.departement()));
        row.put("postalCodes", c.postalCodes());
        row.put("population", c.population());
        row.put("populationVintage", communes.vintageOf(c).label());
        row.put("epci", c.epci());
        return row;
    }

    private static Map<String, Object> toJson(Epci e, CommuneReferential communes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", e.code());
        row.put("name", e.name());
        row.put("type", e.type());
        row.put("communeCount", e.memberCount());
        row.put("population", e.population());
        row.put("populationVintage", communes.vintageOf(e).label());
        row.put("communes", e.memberCodes());
        return row;
    }
}
