#pragma once

#include "core/kamal/KamalConfig.h"
#include "engine/PlanRunner.h"
#include "ssh/SshSession.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Berth::Engine {

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

// What known_hosts says about each host's current key, without authenticating (the GUI's
// check before a run). Blocking: call it off the GUI thread.
[[nodiscard]] QList<HostKeyCheck> checkHostKeys(const Kamal::KamalConfig &config,
                                                const QStringList &hosts,
                                                const QString &knownHostsFile);

} // namespace Berth::Engine
