package io.fiscaltrail.command.importing;

/**
 * One record of an import, read into the command it asks for.
 *
 * @param line where the record starts in the file, 1 for the first line
 * @param type the record's type
 * @param source where the record's facts come from; travels with its events as metadata
 * @param command the kernel command the record asks for
 */
record ImportRecord(int line, RecordType type, String source, Object command) {}
