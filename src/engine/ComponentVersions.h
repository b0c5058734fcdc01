#pragma once

#include <QList>
#include <QString>

namespace Berth {

struct ComponentVersion
{
    QString name;
    QString version;
};

// The libraries Berth runs on, with their versions, for the About dialog and
// `berth-cli --version --verbose` (bug reports need them).
[[nodiscard]] QList<ComponentVersion> componentVersions();

} // namespace Berth
