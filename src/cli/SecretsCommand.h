#pragma once

#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace Berth::Cli {

// `berth-cli secrets list|set|unset|import|resolve …`: the project environment in the OS
// keychain and the resolution of `.kamal/secrets*`. Values are read from `input` (stdin),
// never from arguments, and printed only by `resolve --show`; everything else that could
// carry a value goes through the Redactor. Runs keychain jobs on a local event loop (this is
// the CLI's main thread, with nothing else to keep responsive). Returns the exit code.
int runSecretsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                      FILE *input = stdin);

} // namespace Berth::Cli
