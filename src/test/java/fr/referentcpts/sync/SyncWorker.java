package fr.referentcpts.sync;

import fr.referentcpts.AppContext;
import fr.referentcpts.CelluleSync;
import fr.referentcpts.core.server.ServerAddress;
import java.nio.file.Path;
import java.time.Clock;

/** A laptop synchronising in a JVM of its own ({@code DIR URL USER}), to be killed while it does. */
public final class SyncWorker {
    private SyncWorker() {
    }

    public static void main(String[] args) {
        try (AppContext laptop = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println(CelluleSync.service(laptop, new ServerAddress(args[1], args[2]), () -> null).sync());
        }
    }
}
