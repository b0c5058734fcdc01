#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// The operations that change servers, as the kamal CLI names them:
//   deploy [--skip-push] [--version V], rollback VERSION, app boot|stop|start,
//   accessory boot [NAME], prune, lock acquire -m MESSAGE | release,
// and `plan <operation …>`, which prints the steps and exact commands without running them.
// Secrets come from the keychain and .kamal/secrets (commands only when approved, or with
// --allow-commands); unknown host keys are refused unless --accept-new-host-keys. Output is
// redacted. Ctrl+C cancels cleanly (the deploy lock is still released). Returns the exit
// code: 0 done, 1 failed, 2 unusable input, 130 cancelled.
int runOperationCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `berth-cli recover [--resume | --release-lock | --forget]`: the newest run of the project
// that never finished (its journal has no end), where it stopped per host, what the servers
// run now and whose lock is there; then the chosen way out.
int runRecoverCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
