package fr.referentcpts.core.annex;

/** One commune of the territory annex. */
public record CommuneLine(String inseeCode, String name, long population) {
}
