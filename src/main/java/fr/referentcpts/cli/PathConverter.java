package fr.referentcpts.cli;

import fr.referentcpts.core.common.DomainException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Every path of the command line: an empty one is refused (not taken as the current folder), and
 * one the system cannot encode (accents under LANG=C) is refused with a French sentence that
 * says how to launch instead.
 */
public final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new DomainException("cli.error.emptyPath");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new DomainException("error.pathUnencodable", e, value);
        }
    }
}
