#include "engine/HostConnector.h"

#include "ssh/KamalConnectOptions.h"

#include <QCoreApplication>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HostConnector)
};

// deploy.yml's ssh settings for `host` as Kamal hands them to net-ssh, with the known_hosts
// file, passphrases and jump host question the caller chose.
Ssh::ConnectOptions connectOptions(const Kamal::KamalConfig &config, const QString &host,
                                   const HostKeyPolicy &policy)
{
    Ssh::ConnectOptions options = Ssh::connectOptionsFor(config, host, policy.secrets);
    if (!policy.knownHostsFile.isEmpty())
        options.knownHostsFile = policy.knownHostsFile;
    if (policy.passphrases)
        options.passphraseProvider = policy.passphrases->provider();
    if (policy.acceptAnyNew)
        options.trustJumpHostKey = [](const QString &, const Ssh::HostKey &) { return true; };
    else if (policy.askHostKey)
        options.trustJumpHostKey
            = [ask = policy.askHostKey, host](const QString &jumpHost, const Ssh::HostKey &key) {
                  return ask(HostKeyQuestion {jumpHost, host, key});
              };
    return options;
}

} // namespace

PlanRunner::Connector makeConnector(std::shared_ptr<const Kamal::KamalConfig> config,
                                    HostKeyPolicy policy)
{
    return [config = std::move(config), policy = std::move(policy)](
               const QString &host) -> Result<std::unique_ptr<Ssh::Session>> {
        auto session = std::make_unique<Ssh::Session>();
        const auto key = session->connect(connectOptions(*config, host, policy));
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
                || policy.acceptedFingerprints.value(host) == key->sha256Fingerprint
                || (policy.askHostKey && policy.askHostKey(HostKeyQuestion {host, {}, *key}));
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
                                  const HostKeyPolicy &policy)
{
    QList<HostKeyCheck> checks;
    for (const QString &host : hosts) {
        Ssh::Session session;
        HostKeyCheck check;
        check.host = host;
        const auto key = session.connect(connectOptions(config, host, policy));
        if (key)
            check.key = *key;
        else
            check.error = key.error().message;
        checks.append(check);
    }
    return checks;
}

} // namespace Berth::Engine
