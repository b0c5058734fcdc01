#include "engine/ComponentVersions.h"

#include "cloud/NetworkInfo.h"
#include "core/BuildInfo.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshSession.h"

#include <QtGlobal>

namespace Berth {

QList<ComponentVersion> componentVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libssh"), Ssh::Session::libraryVersion()},
        {QStringLiteral("yaml-cpp"), BuildInfo::yamlCppVersion()},
        {QStringLiteral("QtKeychain"), KeychainSecretStore::backendVersion()},
        {QStringLiteral("TLS"), NetworkInfo::tlsLibraryVersion()},
    };
}

} // namespace Berth
