#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// `berth-cli releases [--json]`: per role and host, the versions the servers keep (Kamal's
// retained containers) and which one is live, with the commit's subject and date from the
// local git repository when the version names a commit. Read only. Returns 0, or 1 when a
// server could not be read.
int runReleasesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
