#include "cloud/NetworkInfo.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace Berth::NetworkInfo {

QString tlsLibraryVersion()
{
    if (!QSslSocket::supportsSsl())
        return QCoreApplication::translate("NetworkInfo", "no TLS backend");
    return QSslSocket::sslLibraryVersionString();
}

} // namespace Berth::NetworkInfo
