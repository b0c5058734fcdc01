#include "engine/HostConnector.h"

#include <QCoreApplication>
#include <QDir>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HostConnector)
};

Ssh::ConnectOptions connectOptions(const Kamal::KamalConfig &config, const QString &host,
                                   const QString &knownHostsFile)
{
    Ssh::ConnectOptions options;
    options.host = host;
    options.port = config.ssh.port;
    options.user = config.ssh.user;
    if (!config.ssh.keys.isEmpty()) {
        const QString key = config.ssh.keys.constFirst();
        options.identityFile
            = key.startsWith(QLatin1String("~/")) ? QDir::home().filePath(key.mid(2)) : key;
    }
    options.knownHostsFile = knownHostsFile;
    return options;
}

} // namespace

PlanRunner::Connector makeConnector(std::shared_ptr<const Kamal::KamalConfig> config,
                                    HostKeyPolicy policy)
{
    return [config = std::move(config), policy = std::move(policy)](
               const QString &host) -> Result<std::unique_ptr<Ssh::Session>> {
        auto session = std::make_unique<Ssh::Session>();
        const auto key = session->connect(connectOptions(*config, host, policy.knownHostsFile));
        if (!key)
            return unexpected(key.error());
        if (key->state == Ssh::HostKeyState::Changed)
            return fail(QStringLiteral("ssh.changed"),
                        Text::tr("The key of %1 changed since it was trusted (%2 %3): someone may "
                                 "be intercepting the connection. If the server was rebuilt, "
                                 "remove its old line with: ssh-keygen -R %1")
                            .arg(host, key->type, key->sha256Fingerprint));
        if (key->state == Ssh::HostKeyState::Unknown) {
            const bool accepted = policy.acceptAnyNew
                || policy.acceptedFingerprints.value(host) == key->sha256Fingerprint;
            if (!accepted)
                return fail(QStringLiteral("ssh.unknown"),
                            Text::tr("%1 is not in known_hosts yet; its key is %2 %3. Check the "
                                     "fingerprint, then accept it.")
                                .arg(host, key->type, key->sha256Fingerprint));
            if (auto trusted = session->trustHostKey(); !trusted)
                return unexpected(trusted.error());
        }
        if (auto auth = session->authenticate(); !auth)
            return unexpected(auth.error());
        return session;
    };
}

QList<HostKeyCheck> checkHostKeys(const Kamal::KamalConfig &config, const QStringList &hosts,
                                  const QString &knownHostsFile)
{
    QList<HostKeyCheck> checks;
    for (const QString &host : hosts) {
        Ssh::Session session;
        HostKeyCheck check;
        check.host = host;
        const auto key = session.connect(connectOptions(config, host, knownHostsFile));
        if (key)
            check.key = *key;
        else
            check.error = key.error().message;
        checks.append(check);
    }
    return checks;
}

} // namespace Berth::Engine
