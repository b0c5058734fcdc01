#pragma once

#include "core/Result.h"
#include "core/kamal/Command.h"
#include "core/kamal/KamalConfig.h"

#include <QString>
#include <optional>

namespace Berth::Kamal {

// The app containers of one role on one host (Kamal::Commands::App). `version` is the deploy
// version; commands that touch another version take it as an argument.
// A cheap view: it refers to the config (and role/accessory), which must outlive it.
class AppCommands
{
public:
    AppCommands(const KamalConfig &config, const Role &role, QString host, QString version);

    // `<host[0...51] without trailing dot>-<hex>`: Kamal's container hostname, with the random
    // 12-hex suffix given by the caller.
    [[nodiscard]] static QString containerHostname(const QString &host, const QString &hexSuffix);

    [[nodiscard]] QString containerName(const QString &version = {}) const;
    [[nodiscard]] QString envDirectory() const; // .kamal/apps/<svc_dest>/env/roles
    [[nodiscard]] QString secretsPath() const; // …/roles/<role>.env
    // The env file uploaded (mode 0600) before every run.
    [[nodiscard]] Result<QString> secretsFileContent(const SecretValues &secrets) const;

    [[nodiscard]] Command ensureEnvDirectory() const;
    [[nodiscard]] Command run(const QString &hostname) const;
    [[nodiscard]] Command start() const;
    // Stops `version`'s container, or the current running one when version is empty.
    [[nodiscard]] Command stop(const QString &version = {}) const;
    [[nodiscard]] Command info() const;
    [[nodiscard]] Command status(const QString &version) const;
    [[nodiscard]] Command containerIdForVersion(const QString &version,
                                                bool onlyRunning = false) const;
    [[nodiscard]] Command currentRunningContainerId() const;
    [[nodiscard]] Command currentRunningVersion() const;
    // Berth's own: the version of the container kamal-proxy routes this role to (may be a
    // `<version>_replaced_<hex>` name); empty when it routes none.
    [[nodiscard]] Command routedVersion() const;
    [[nodiscard]] Command listVersions() const;
    [[nodiscard]] Command listContainers() const;
    [[nodiscard]] Command listImages() const;
    [[nodiscard]] Command renameContainer(const QString &version, const QString &newVersion) const;
    [[nodiscard]] Command removeContainer(const QString &version) const;
    [[nodiscard]] Command removeContainers() const;
    [[nodiscard]] Command removeImages() const;
    [[nodiscard]] Command tagLatestImage() const;
    [[nodiscard]] Command logs(std::optional<int> lines = std::nullopt) const;
    // With --since and --grep; `follow` gives the `--follow` form Kamal runs over ssh.
    [[nodiscard]] Command logs(const LogOptions &options) const;
    [[nodiscard]] Command executeInExistingContainer(const QString &command,
                                                     bool interactive = false) const;
    // A one-off `docker run --rm` of `version` (empty: the deploy version); `hexSuffix` is
    // Kamal's 6-hex random part of the name.
    [[nodiscard]] Command executeInNewContainer(const QString &command, const QString &hexSuffix,
                                                bool interactive = false) const;

    // kamal-proxy routing for this role (service name = container prefix).
    [[nodiscard]] Command deploy(const QString &target) const;
    [[nodiscard]] Command remove() const;
    [[nodiscard]] Command maintenance() const;
    [[nodiscard]] Command live() const;

private:
    [[nodiscard]] QStringList filterArgs(bool activeOnly) const;
    [[nodiscard]] Command latestContainer(const QStringList &format) const;
    [[nodiscard]] Command extractVersionFromName() const;
    [[nodiscard]] QStringList envArgs() const;

    const KamalConfig &m_config;
    const Role &m_role;
    QString m_host;
    QString m_version;
};

} // namespace Berth::Kamal
