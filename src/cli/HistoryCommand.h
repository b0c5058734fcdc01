#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// `berth-cli history [-C DIR] [-n N] [--steps] [--json] [--all]`: the project's past runs
// from this computer, newest first: when, who, what, version, outcome and duration; with
// --steps every step's duration per host and the failure's explanation.
int runHistoryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
