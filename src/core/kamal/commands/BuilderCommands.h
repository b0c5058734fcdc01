#pragma once

#include "core/kamal/Command.h"
#include "core/kamal/KamalConfig.h"

#include <QList>
#include <QString>
#include <utility>

namespace Berth::Kamal {

// `kamal build` on the deploying machine (buildx builder lifecycle, push) and the image
// commands run on app hosts (pull, clean, label check). Which builder Kamal uses depends on
// the local Docker arch, so it is an input (`amd64`, `arm64`), never detected here.
// A cheap view: it refers to the config (and role/accessory), which must outlive it.
class BuilderCommands
{
public:
    BuilderCommands(const KamalConfig &config, QString version, QString dockerArch);

    [[nodiscard]] Builder::Kind kind() const { return m_kind; }
    [[nodiscard]] QString builderName() const;
    [[nodiscard]] QString contextName() const; // remote/hybrid docker context

    [[nodiscard]] Command ensureDockerInstalled() const;
    [[nodiscard]] Command create() const;
    [[nodiscard]] Command remove() const;
    [[nodiscard]] Command inspectBuilder() const;
    // `docker buildx build … <context> 2>&1`; run with pushEnv() and the build secrets set.
    [[nodiscard]] Command push() const;
    // Without buildx (Debian packages none): a classic `docker build` of this machine's
    // architecture with the same tags, label, args, secrets and file, then `docker push` of
    // both tags. Berth's fallback; Kamal itself requires buildx.
    [[nodiscard]] Command classicBuild() const;
    [[nodiscard]] QList<Command> classicPush() const;
    [[nodiscard]] QList<std::pair<QString, QString>> pushEnv() const;
    [[nodiscard]] Command info() const;
    // On app hosts.
    [[nodiscard]] Command pull() const;
    [[nodiscard]] Command clean() const;
    [[nodiscard]] Command validateImage() const;
    [[nodiscard]] Command firstMirror() const;

private:
    [[nodiscard]] bool isRemote() const;
    [[nodiscard]] QString platforms(const QStringList &arches) const;

    const KamalConfig &m_config;
    QString m_version;
    QString m_dockerArch;
    Builder::Kind m_kind;
};

} // namespace Berth::Kamal
