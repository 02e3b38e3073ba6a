package io.tqc.source;

/**
 * A formatting code or placeholder of a segment: an inline code of XLIFF or TMX, or one written
 * in the text ({@code {0}}, {@code %s}, {@code %1$d}, {@code {{name}}}, {@code <b>}).
 *
 * @param key what makes two codes the same code: the XLIFF or TMX id with its role, or the
 *     text of a placeholder
 * @param kind whether it opens, closes or stands alone
 * @param pairKey for an opening or closing code, what it shares with its partner
 * @param start UTF-16 offset in the target segment's text where it stands or begins
 * @param end UTF-16 offset after it; equal to start for an inline code, which is not in the text
 * @param shown how a message names it
 */
record Placeholder(String key, io.tqc.read.InlineCode.Kind kind, String pairKey, int start,
    int end, String shown) {}
