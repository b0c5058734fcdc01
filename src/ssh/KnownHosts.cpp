#include "ssh/KnownHosts.h"

#include "ssh/SshConfig.h"

#include <QFile>
#include <QMessageAuthenticationCode>

namespace Berth::Ssh {

namespace {

bool matchesHashed(const QByteArray &entry, const QByteArray &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = entry.split('|');
    if (parts.size() != 4 || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray hash = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == hash;
}

} // namespace

int findKnownHostsLine(const QString &file, const QString &host, int port)
{
    QFile known(file);
    if (!known.open(QIODevice::ReadOnly))
        return 0;
    // known_hosts names a non-standard port as "[host]:port".
    const QString name = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
    const QByteArray nameBytes = name.toUtf8();
    int number = 0;
    while (!known.atEnd()) {
        ++number;
        const QByteArray line = known.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const QByteArray hosts = line.left(line.indexOf(' '));
        if (hosts.startsWith("|1|") ? matchesHashed(hosts, nameBytes)
                                    : matchesHostPatterns(name, {QString::fromUtf8(hosts)}))
            return number;
    }
    return 0;
}

} // namespace Berth::Ssh
