#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace Berth::Engine {

// Opens the user's terminal running `program arguments…` (an interactive ssh session): the one
// OS-specific seam for it. Linux: $TERMINAL, else x-terminal-emulator, with `-e`; macOS:
// Terminal through `open -a Terminal`; Windows: Windows Terminal (wt), else a console window.
// BERTH_TERMINAL, when set, names the program to use instead (tests).
[[nodiscard]] Result<void> openTerminal(const QString &program, const QStringList &arguments);

} // namespace Berth::Engine
