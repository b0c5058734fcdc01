#pragma once

#include "engine/KeyPassphrases.h"

#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace Berth::Cli {

// `berth-cli ssh remember-passphrase|forget-passphrase KEYFILE`: a private key's passphrase
// in the OS keychain, where runs find it without asking. The passphrase is read from `input`
// (stdin; without echo on a terminal), checked against the key, never printed.
int runSshCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                  FILE *input = stdin);

// The CLI's key passphrases for this process: remembered ones from the OS keychain; otherwise
// asked on the terminal without echo when stdin is one, else a failure that says how to
// remember it. Create on the main thread (its keychain lives there).
[[nodiscard]] std::shared_ptr<Engine::KeyPassphrases> keyPassphrases();

} // namespace Berth::Cli
