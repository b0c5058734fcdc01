#pragma once

#include "core/kamal/KamalConfig.h"
#include "engine/KeyPassphrases.h"
#include "engine/PlanRunner.h"
#include "ssh/SshSession.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Berth::Engine {

// A server key that known_hosts does not hold yet, put to the user.
struct HostKeyQuestion
{
    QString host; // "host" or "host:port"
    // For a jump host: the server reached through it (the question names it as the jump host).
    QString jumpHostFor;
    Ssh::HostKey key;
};
// Asked on a connection's worker thread, blocking until the user answers; true = trust it.
using HostKeyAsker = std::function<bool(const HostKeyQuestion &)>;

// Which server keys a run may trust. Known keys always pass and changed keys never do; a key
// not in known_hosts yet passes only when the user accepted that exact fingerprint (the GUI
// asks before the run) or, for the CLI, with --accept-new-host-keys. An accepted key is
// written to known_hosts, as OpenSSH does.
struct HostKeyPolicy
{
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    bool acceptAnyNew = false;
    QHash<QString, QString> acceptedFingerprints; // host → "SHA256:…"
    QHash<QString, QString> secrets; // resolved secrets, for ssh.key_data
    // Asked about unknown keys the fields above leave open — the jump host's included, which
    // the GUI's check before a run cannot list before it was passed. Unset: they stop.
    HostKeyAsker askHostKey;
    // Passphrases of encrypted key files, shared by every host. Unset: such keys fail.
    std::shared_ptr<KeyPassphrases> passphrases;
};

// Connects and authenticates to a host the way deploy.yml's `ssh` section says (user, port,
// key). Called on the host's worker thread.
[[nodiscard]] PlanRunner::Connector makeConnector(std::shared_ptr<const Kamal::KamalConfig> config,
                                                  HostKeyPolicy policy);

struct HostKeyCheck
{
    QString host;
    Ssh::HostKey key; // valid when `error` is empty
    QString error; // the server could not be reached
};

// What known_hosts says about each host's current key, without authenticating to it (the
// GUI's check before a run). A jump host on the way is passed — authenticated, its unknown key
// put to policy.askHostKey. Blocking: call it off the GUI thread.
[[nodiscard]] QList<HostKeyCheck> checkHostKeys(const Kamal::KamalConfig &config,
                                                const QStringList &hosts,
                                                const HostKeyPolicy &policy);

} // namespace Berth::Engine
