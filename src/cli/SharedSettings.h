#pragma once

#include "core/BerthVersion.h"

#include <QSettings>

namespace Berth::Cli {

// The desktop app's settings, not berth-cli's own (its application name differs), so the CLI
// and the app share one catalog of the project environment and one set of approved commands.
class SharedSettings : public QSettings
{
public:
    SharedSettings()
        : QSettings(QStringLiteral(BERTH_ORGANIZATION_NAME), QStringLiteral(BERTH_APPLICATION_NAME))
    { }
};

} // namespace Berth::Cli
