#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// `berth-cli backups list|now|restore|download|verify`: the Backups page without a window,
// over the same engine. The backup accessory (postgres-backup-s3) is found in deploy.yml, its
// secrets resolved from the keychain and .kamal/secrets; every line that goes out is redacted.
// Progress goes to stderr, results to stdout. Returns the exit code: 0 done, 1 failed,
// 2 unusable input (a restore not confirmed with the database's name included), 130 cancelled.
int runBackupsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
