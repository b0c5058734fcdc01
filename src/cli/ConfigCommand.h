#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// `berth-cli config check|get|set|show …`: presentation only; loading, validating and editing
// live in berth_core. Returns the process exit code.
int runConfigCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
