#include "core/kamal/InteractiveSsh.h"

namespace Berth::Kamal {

namespace {

QString singleQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

} // namespace

InteractiveSsh interactiveSsh(const KamalConfig &config, const QString &host,
                              const QString &remoteCommand)
{
    const Ssh &ssh = config.ssh;
    QStringList args;
    QStringList shown;
    const auto add = [&args, &shown](const QString &argument, const QString &display = {}) {
        args.append(argument);
        shown.append(display.isEmpty() ? argument : display);
    };
    if (ssh.config.has_value() && !*ssh.config) {
        add(QStringLiteral("-F"));
        add(QStringLiteral("/dev/null"));
    } else {
        for (const QString &file : ssh.configFiles) {
            add(QStringLiteral("-F"));
            add(file);
        }
    }
    if (!ssh.proxy.isEmpty()) {
        add(QStringLiteral("-J"));
        add(ssh.proxy.contains(QLatin1Char('@')) ? ssh.proxy : QStringLiteral("root@") + ssh.proxy);
    } else if (!ssh.proxyCommand.isEmpty()) {
        add(QStringLiteral("-o"));
        add(QStringLiteral("ProxyCommand=") + ssh.proxyCommand,
            QStringLiteral("ProxyCommand=") + singleQuoted(ssh.proxyCommand));
    }
    for (const QString &key : ssh.keys) {
        add(QStringLiteral("-i"));
        add(key);
    }
    if (ssh.keysOnly.value_or(false)) {
        add(QStringLiteral("-o"));
        add(QStringLiteral("IdentitiesOnly=yes"));
    }
    add(QStringLiteral("-t"));
    add(ssh.user + QLatin1Char('@') + host);
    add(QStringLiteral("-p"));
    add(QString::number(ssh.port));
    add(remoteCommand, singleQuoted(remoteCommand));
    return {args, QStringLiteral("ssh ") + shown.join(QLatin1Char(' '))};
}

} // namespace Berth::Kamal
