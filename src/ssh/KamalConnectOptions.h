#pragma once

#include "core/kamal/KamalConfig.h"
#include "ssh/SshSession.h"

#include <QHash>

namespace Berth::Ssh {

// The session options for one host from deploy.yml's `ssh:` section, as Kamal 2.12 hands them
// to net-ssh (reference §1.8): user and port always set (Kamal's defaults root and 22 included,
// so ~/.ssh/config's User and Port never apply — as with Kamal), `proxy` as a jump host with
// user root unless given, keys, keys_only, key_data looked up in `secrets` by name (a raw PEM
// value is still taken, as Kamal does with a deprecation warning; an unresolved name is left
// out — the secrets page reports it), `config` (true/unset: ~/.ssh/config, /etc/ssh_config,
// /etc/ssh/ssh_config as net-ssh; false: none; paths: those), keepalive every 30 s.
// A host written "user@host:port" overrides user and port, as SSHKit does.
[[nodiscard]] ConnectOptions connectOptionsFor(const Kamal::KamalConfig &config,
                                               const QString &host,
                                               const QHash<QString, QString> &secrets);

} // namespace Berth::Ssh
