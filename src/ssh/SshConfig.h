#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Ssh {

// What OpenSSH client config files say about one host: the subset Berth's transport uses.
// libssh 0.10's own parser (ssh_options_parse_config) writes straight into a session, turns
// ProxyJump into an `ssh -W` ProxyCommand (needs an ssh binary) and does not tell what it
// found, so the files are read here. OpenSSH rules: the first value obtained wins, except
// IdentityFile, which accumulates; `Host` patterns with `*`, `?` and `!`; `Include` (relative
// to the including file's folder, globs in the file name); `Match` only as `Match all` (any
// other Match block is skipped, as not matching).
struct HostConfig
{
    QString hostName; // %h expanded
    QString user;
    std::optional<int> port;
    QStringList identityFiles; // ~ and %d %h %r %u %% expanded
    std::optional<bool> identitiesOnly;
    QString proxyJump; // as written; "none" is returned as empty
    QString proxyCommand; // as written; "none" is returned as empty
};

// Pure function of the files' contents; unreadable or missing files count as empty.
[[nodiscard]] HostConfig resolveHostConfig(const QStringList &files, const QString &host);

// True when `host` matches one OpenSSH pattern list (comma or space separated, `!` negates).
[[nodiscard]] bool matchesHostPatterns(const QString &host, const QStringList &patterns);

} // namespace Berth::Ssh
