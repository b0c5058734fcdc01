#pragma once

#include <QStringList>
#include <QTextStream>

namespace Berth::Cli {

// `berth-cli sandbox up|deploy|status|down`: the desktop app's "Try It Locally" headless.
//   up      starts the local sandbox servers (tests/env/testenv up, through pkexec when not
//           root) and prepares the sandbox copy of the demo (destination "sandbox", its
//           variables and secrets in the keychain); prints where it is
//   deploy  up, then deploys the demo there (berth-cli deploy -d sandbox) and prints its URL
//   status  the sandbox servers' state (testenv status) and the sandbox project
//   down    removes the demo from the sandbox servers, then stops them (testenv down: the
//           whole test environment); needs --yes
// Returns the exit code: 0 done, 1 failed, 2 unusable input.
int runSandboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Berth::Cli
