package fr.referentcpts.core.server;

import fr.referentcpts.core.common.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cellule's PostgreSQL server is and who connects to it: {@code postgresql://host[:port]/base}
 * (or the same prefixed with {@code jdbc:}) and a PostgreSQL login name. Never a password: an
 * address carrying one (before {@code @} or as {@code password=}) is refused, so that none is
 * written in the data folder.
 */
public record ServerAddress(String url, String user) {
    private static final Pattern URL = Pattern.compile("(?:jdbc:)?postgresql://([^/?#\\s]+)/([^/?#\\s]+)(\\?\\S*)?");
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}_.@-]{1,63}");

    public ServerAddress {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user.strip();
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new DomainException("server.error.invalidUrl", url);
        }
        String query = m.group(3) == null ? "" : m.group(3).toLowerCase(java.util.Locale.ROOT);
        if (m.group(1).contains("@") || query.contains("password=")) {
            throw new DomainException("server.error.passwordInUrl");
        }
        if (!USER.matcher(user).matches()) {
            throw new DomainException("server.error.invalidUser", user);
        }
    }

    /** The JDBC form of the address. */
    public String jdbcUrl() {
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }
}
