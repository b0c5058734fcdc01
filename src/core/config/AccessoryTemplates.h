#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Berth::Config {

// Ready-made accessories for what self-hosted apps need most, set up the safe way: ports only
// on the server's loopback (Docker's published ports bypass firewalls such as UFW), passwords
// as secrets, data in a directory that survives the container.
struct AccessoryTemplate
{
    QString id; // "postgres", "redis", "mysql", "backup"
    QString defaultName; // the key under `accessories:` ("db", "redis", …)
    QString title; // for menus
    QString description; // one sentence
};

class AccessoryTemplates
{
    Q_DECLARE_TR_FUNCTIONS(AccessoryTemplates)

public:
    [[nodiscard]] static QList<AccessoryTemplate> all();
    // The accessory's YAML (unindented block) for `service`, placed on the host written as
    // `hostText` (already YAML: a plain host or an ERB tag).
    [[nodiscard]] static QString block(const QString &id, const QString &service,
                                       const QString &hostText);
};

} // namespace Berth::Config
