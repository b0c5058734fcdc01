#include "ssh/KamalConnectOptions.h"

#include <QDir>

namespace Berth::Ssh {

namespace {

// net-ssh expands key and config paths with File.expand_path: "~" is the home folder.
QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

ConnectOptions connectOptionsFor(const Kamal::KamalConfig &config, const QString &host,
                                 const QHash<QString, QString> &secrets)
{
    const Kamal::Ssh &ssh = config.ssh;
    ConnectOptions options;
    options.host = host;
    options.user = ssh.user;
    options.port = ssh.port;
    // SSHKit reads "user@host:port" from the host string; an IPv6 address has several colons.
    const qsizetype at = options.host.indexOf(QLatin1Char('@'));
    if (at > 0) {
        options.user = options.host.left(at);
        options.host = options.host.mid(at + 1);
    }
    if (options.host.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int port = options.host.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok && port > 0 && port < 65536) {
            options.port = port;
            options.host = options.host.section(QLatin1Char(':'), 0, 0);
        }
    }

    if (!ssh.proxy.isEmpty())
        options.proxyJump = ssh.proxy.contains(QLatin1Char('@'))
            ? ssh.proxy
            : QStringLiteral("root@") + ssh.proxy;
    else
        options.proxyCommand = ssh.proxyCommand;

    options.keysOnly = ssh.keysOnly.value_or(false);
    for (const QString &key : ssh.keys)
        options.identityFiles.append(expandHome(key));
    for (const QString &name : ssh.keyData) {
        if (secrets.contains(name))
            options.keyData.append(secrets.value(name).toUtf8());
        else if (name.trimmed().startsWith(QLatin1String("-----BEGIN")))
            options.keyData.append(name.toUtf8());
    }

    if (ssh.config.has_value() && !*ssh.config) {
        options.sshConfigFiles.clear();
    } else if (!ssh.configFiles.isEmpty()) {
        for (const QString &file : ssh.configFiles)
            options.sshConfigFiles.append(expandHome(file));
    } else {
        options.sshConfigFiles
            = {QDir::home().filePath(QStringLiteral(".ssh/config")),
               QStringLiteral("/etc/ssh_config"), QStringLiteral("/etc/ssh/ssh_config")};
    }
    options.keepaliveInterval = std::chrono::seconds(30);
    return options;
}

} // namespace Berth::Ssh
