package fr.referentcpts.core.server;

import fr.referentcpts.core.common.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cellule's PostgreSQL server is and who connects to it: {@code postgresql://host[:port]/base}
 * (or the same prefixed with {@code jdbc:}) and a PostgreSQL login name. Never a password: an
 * address carrying one (before {@code @} or as {@code password=}) is refused, so that none is
 * written in the data folder.
 *
 * <p>The connection is encrypted (TLS) when the server offers it: {@code sslmode=prefer} unless the
 * address says otherwise ({@code sslmode=require} refuses a server without TLS, {@code
 * sslmode=verify-full} also checks its certificate and name).
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

    private static final Pattern SSL_MODE = Pattern.compile("[?&]sslmode=([^&#]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SSL = Pattern.compile("[?&]ssl=([^&#]*)", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> TLS_REQUIRED = java.util.Set.of("require", "verify-ca", "verify-full");

    /** The JDBC form of the address, with {@code sslmode=prefer} when it names none. */
    public String jdbcUrl() {
        String jdbc = url.startsWith("jdbc:") ? url : "jdbc:" + url;
        return sslModeGiven() || SSL.matcher(url).find() ? jdbc
                : jdbc + (jdbc.contains("?") ? "&" : "?") + "sslmode=prefer";
    }

    /** The TLS mode the connection uses: the address's {@code sslmode}, else {@code prefer}. */
    public String sslMode() {
        Matcher m = SSL_MODE.matcher(url);
        if (m.find()) {
            return m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        // the driver's older « ssl=true » alone means: verify the certificate and the name
        Matcher ssl = SSL.matcher(url);
        return ssl.find() && ssl.group(1).equalsIgnoreCase("true") ? "verify-full" : "prefer";
    }

    /** True when a server without TLS is refused ({@code require}, {@code verify-ca}, {@code verify-full}). */
    public boolean requiresTls() {
        return TLS_REQUIRED.contains(sslMode());
    }

    /** This address with {@code sslmode=require} in place of a weaker mode (a stricter one is kept). */
    public ServerAddress requiringTls() {
        if (requiresTls()) {
            return this;
        }
        String without = sslModeGiven() ? SSL_MODE.matcher(url).replaceAll(r -> r.group().charAt(0) + "sslmode=require")
                : url + (url.contains("?") ? "&" : "?") + "sslmode=require";
        return new ServerAddress(without, user);
    }

    private boolean sslModeGiven() {
        return SSL_MODE.matcher(url).find();
    }
}
