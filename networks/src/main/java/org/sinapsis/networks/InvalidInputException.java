// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks;

/**
 * Bad user input: a file, flag or network description that cannot be used as given.
 *
 * <p>The message is one line of the form {@code source:line: field: detail}, where the line and
 * the field are left out when they do not apply. The CLI prints it as is and exits with code 2,
 * so the message must name the place a user has to look at, never an internal class.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;
    private final String detail;

    /**
     * @param source the file path, flag (such as {@code --batch}) or object (such as
     *     {@code network 'lenet5'}) that holds the bad value; never null
     * @param line the 1-based line number in {@code source}, or 0 when the source has no lines
     * @param field the field, column or key that is wrong, or null when the whole source is
     * @param detail what is wrong and, where it helps, what was expected
     */
    public InvalidInputException(String source, int line, String field, String detail) {
        super(format(source, line, field, detail));
        this.source = source;
        this.line = line;
        this.field = field;
        this.detail = detail;
    }

    /** Like {@link #InvalidInputException(String, int, String, String)}, keeping the cause. */
    public InvalidInputException(String source, int line, String field, String detail, Throwable cause) {
        super(format(source, line, field, detail), cause);
        this.source = source;
        this.line = line;
        this.field = field;
        this.detail = detail;
    }

    private static String format(String source, int line, String field, String detail) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(detail).toString();
    }

    /** The file, flag or object that holds the bad value. */
    public String source() {
        return source;
    }

    /** The 1-based line in {@link #source()}, or 0 when not applicable. */
    public int line() {
        return line;
    }

    /** The offending field, column or key, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location prefix. */
    public String detail() {
        return detail;
    }
}
