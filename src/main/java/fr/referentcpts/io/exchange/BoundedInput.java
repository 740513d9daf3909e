package fr.referentcpts.io.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read and refuses, as soon as it is passed, a total limit and a budget for
 * the part being read (one case of the JSON): a hostile file is stopped early, before the
 * parser has built anything large.
 */
final class BoundedInput extends FilterInputStream {
    private final long limit;
    private final Supplier<RuntimeException> overLimit;
    private long count;
    private long budgetEnd = Long.MAX_VALUE;
    private Supplier<RuntimeException> overBudget;

    BoundedInput(InputStream in, long limit, Supplier<RuntimeException> overLimit) {
        super(in);
        this.limit = limit;
        this.overLimit = overLimit;
    }

    long count() {
        return count;
    }

    /** From now on, at most {@code bytes} more (plus the parser's read-ahead) for this part. */
    void budget(long bytes, Supplier<RuntimeException> exceeded) {
        budgetEnd = count + bytes;
        overBudget = exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public void close() {
        // The zip stream underneath stays open: its next entries are still to read.
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw overLimit.get();
        }
        if (count > budgetEnd) {
            throw overBudget.get();
        }
    }
}
