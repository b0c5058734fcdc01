#pragma once

#include <QList>
#include <QString>

namespace Berth::Config {

enum class Severity { Error, Warning, Info };

// Where something is in a file the user wrote. Lines and columns are 1-based (0 = unknown);
// `offset` is the 0-based character offset in the file's text (-1 = unknown).
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    [[nodiscard]] bool isValid() const { return line > 0; }
};

// One finding about a configuration: Kamal's own check (same words as Kamal) or Berth's lint.
struct Diagnostic
{
    Severity severity = Severity::Error;
    // Stable identifier, e.g. "kamal.unknown-key", "erb.unsupported", "lint.public-port".
    QString code;
    // Kamal's slash form: "servers/web/hosts/0"; empty for the whole file.
    QString path;
    SourceLocation location;
    // What is wrong. For Kamal's checks this is Kamal's exact text ("unknown key: foo").
    QString message;
    // What to do about it, when Berth can say more than Kamal.
    QString hint;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Berth::Config
