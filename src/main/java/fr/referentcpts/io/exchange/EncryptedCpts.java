package fr.referentcpts.io.exchange;

import fr.referentcpts.core.common.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An encrypted {@code .cpts} file: the same zip, encrypted with AES-256-GCM under a key derived
 * from a passphrase by PBKDF2-HMAC-SHA256. Layout (README « Échanger des dossiers »): the magic
 * {@code RCPTS-AES1}, the iteration count (4 bytes, big-endian), a 16-byte random salt, an 8-byte
 * random nonce prefix, then segments of at most 1 MiB of the zip, each as its length (4 bytes) and
 * its GCM ciphertext with tag; segment i's nonce is the prefix followed by i (4 bytes), its
 * associated data the header, i and a last-segment flag — so a segment cannot be altered,
 * reordered, dropped or the file cut without the whole file being refused. Memory: one segment.
 */
final class EncryptedCpts {
    static final byte[] MAGIC = "RCPTS-AES1".getBytes(StandardCharsets.US_ASCII);
    static final int ITERATIONS = 310_000;
    static final int SEGMENT = 1 << 20;
    private static final int TAG_BITS = 128;

    private EncryptedCpts() {
    }

    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** An output stream that encrypts what is written to {@code out}, segment by segment. */
    static OutputStream encrypting(OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = random(16);
        byte[] prefix = random(8);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.write(MAGIC);
        h.writeInt(ITERATIONS);
        h.write(salt);
        h.write(prefix);
        out.write(header.toByteArray());
        return new Segments(new DataOutputStream(out), key(passphrase, salt, ITERATIONS), prefix, header.toByteArray());
    }

    /** Decrypts {@code in} into {@code clear}; a wrong passphrase or any alteration is refused. */
    static void decrypt(InputStream in, OutputStream clear, char[] passphrase, String name) throws IOException {
        PushbackInputStream ahead = new PushbackInputStream(in, 1);
        DataInputStream data = new DataInputStream(ahead);
        byte[] magic = data.readNBytes(MAGIC.length);
        int iterations = data.readInt();
        if (!Arrays.equals(magic, MAGIC) || iterations < 100_000 || iterations > 10_000_000) {
            throw new DomainException("exchange.error.corrupted", name);
        }
        byte[] salt = data.readNBytes(16);
        byte[] prefix = data.readNBytes(8);
        byte[] header = ByteBuffer.allocate(MAGIC.length + 4 + 24).put(magic).putInt(iterations).put(salt).put(prefix)
                .array();
        SecretKeySpec key = key(passphrase, salt, iterations);
        try {
            for (int i = 0; ; i++) {
                int length = data.readInt();
                if (length < 16 || length > SEGMENT + 16) {
                    throw new DomainException("exchange.error.corrupted", name);
                }
                byte[] sealed = data.readNBytes(length);
                if (sealed.length != length) {
                    throw new DomainException("exchange.error.corrupted", name);
                }
                int next = ahead.read();
                boolean last = next < 0;
                if (!last) {
                    ahead.unread(next);
                }
                try {
                    clear.write(cipher(Cipher.DECRYPT_MODE, key, prefix, header, i, last).doFinal(sealed));
                } catch (AEADBadTagException e) {
                    throw new DomainException(i == 0 ? "exchange.error.wrongPassphrase" : "exchange.error.corrupted",
                            e, name);
                }
                if (last) {
                    return;
                }
            }
        } catch (EOFException e) {
            throw new DomainException("exchange.error.corrupted", e, name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, byte[] header, int index, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(header.length + 5).put(header).putInt(index).put((byte) (last ? 1 : 0))
                .array());
        return cipher;
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Buffers one segment; a full one is sealed when more comes, the last one at close. */
    private static final class Segments extends OutputStream {
        private final DataOutputStream out;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private int index;
        private boolean closed;

        Segments(DataOutputStream out, SecretKeySpec key, byte[] prefix, byte[] header) {
            this.out = out;
            this.key = key;
            this.prefix = prefix;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    seal(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, prefix, header, index++, last).doFinal(buffer, 0, filled);
                out.writeInt(sealed.length);
                out.write(sealed);
                filled = 0;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
