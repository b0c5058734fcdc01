#include "core/BuildInfo.h"

#include "core/BerthVersion.h"

namespace Berth::BuildInfo {

QString version()
{
    return QStringLiteral(BERTH_VERSION_STRING);
}

QString versionLine()
{
    return QStringLiteral(BERTH_APPLICATION_NAME " " BERTH_VERSION_STRING);
}

QString yamlCppVersion()
{
    return QStringLiteral(BERTH_YAML_CPP_VERSION);
}

} // namespace Berth::BuildInfo
