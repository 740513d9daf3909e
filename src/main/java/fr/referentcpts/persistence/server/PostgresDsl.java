package fr.referentcpts.persistence.server;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ on the cellule's PostgreSQL server, with the same generated code as the laptops' H2. That
 * code is generated from H2, whose names are upper case ({@code "PUBLIC"."CASE_FILE"}); PostgreSQL
 * folds the scripts' unquoted names to lower case, so names are rendered in lower case, and
 * without the schema, which the connection's {@code search_path} chooses (the cellule's schema).
 */
public final class PostgresDsl {
    private PostgresDsl() {
    }

    public static DSLContext using(DataSource server) {
        return DSL.using(server, SQLDialect.POSTGRES, settings());
    }

    static Settings settings() {
        return new Settings().withRenderNameCase(RenderNameCase.LOWER).withRenderSchema(false);
    }
}
