#pragma once

#include "core/Result.h"
#include "core/kamal/Command.h"
#include "core/kamal/KamalConfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>

// Small command builders that act on a whole host rather than one app role: registry login,
// the `kamal` network, the run directory, the deploy lock, pruning and the audit log. All are
// pure (config in, argv out); time and user are given by the caller, never read here.
// Each builder keeps a reference to the config: build it where you use it, keep the config alive.

namespace Berth::Kamal {

// Who did something and when, as Kamal stamps audit lines and lock details.
struct Stamp
{
    QDateTime recordedAt; // UTC; printed as 2026-01-01T00:00:00Z
    QString performer; // `git config user.email` (audit) …
    QString lockUser; // … and `git config user.name` (lock details), "Unknown" when unset

    [[nodiscard]] QString recordedAtText() const;
};

class RegistryCommands
{
public:
    explicit RegistryCommands(const KamalConfig &config)
        : m_config(config)
    { }
    // `docker login [server] -u "user" -p "password"`; fails when a named secret is missing.
    [[nodiscard]] Result<Command> login(const SecretValues &secrets) const;
    [[nodiscard]] Command logout() const;

private:
    const KamalConfig &m_config;
};

class ServerCommands
{
public:
    explicit ServerCommands(const KamalConfig &config)
        : m_config(config)
    { }
    [[nodiscard]] Command createNetwork() const; // docker network create kamal
    [[nodiscard]] Command ensureRunDirectory() const; // mkdir -p .kamal
    [[nodiscard]] Command removeAppDirectory() const; // rm -r .kamal/apps/<svc_dest>

private:
    const KamalConfig &m_config;
};

class LockCommands
{
public:
    explicit LockCommands(const KamalConfig &config)
        : m_config(config)
    { }
    // The text Kamal stores (before base64): who, when, which version, why.
    [[nodiscard]] static QString details(const QString &message, const QString &version,
                                         const Stamp &stamp);
    [[nodiscard]] Command acquire(const QString &message, const QString &version,
                                  const Stamp &stamp) const;
    [[nodiscard]] Command release() const;
    [[nodiscard]] Command status() const;

private:
    const KamalConfig &m_config;
};

class PruneCommands
{
public:
    explicit PruneCommands(const KamalConfig &config)
        : m_config(config)
    { }
    [[nodiscard]] Command danglingImages() const;
    [[nodiscard]] Command taggedImages() const;
    [[nodiscard]] Command appContainers(int retain) const;

private:
    const KamalConfig &m_config;
};

class AuditCommands
{
public:
    AuditCommands(const KamalConfig &config, Stamp stamp)
        : m_config(config)
        , m_stamp(std::move(stamp))
    { }
    // `details` are extra bracketed tags after the destination, e.g. the role name.
    [[nodiscard]] Command record(const QString &message, const QStringList &details = {}) const;
    [[nodiscard]] QString line(const QString &message, const QStringList &details = {}) const;

private:
    const KamalConfig &m_config;
    Stamp m_stamp;
};

} // namespace Berth::Kamal
