#include "core/BuildInfo.h"
#include "engine/ComponentVersions.h"

#include <QRegularExpression>
#include <QTest>

#include <libssh/libssh.h>

using namespace Berth;

class TestComponentVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionLineNamesBerth()
    {
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(BuildInfo::version())
                    .hasMatch());
        QCOMPARE(BuildInfo::versionLine(), QStringLiteral("Berth ") + BuildInfo::version());
    }

    void listsEveryLibraryWithAVersion()
    {
        const auto components = componentVersions();
        QStringList names;
        for (const auto &component : components) {
            names.append(component.name);
            QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Qt"), QStringLiteral("libssh"),
                               QStringLiteral("yaml-cpp"), QStringLiteral("QtKeychain"),
                               QStringLiteral("TLS")}));
    }

    void versionsComeFromTheLibrariesThemselves()
    {
        const auto components = componentVersions();
        QCOMPARE(components.at(0).version, QString::fromLatin1(qVersion()));
        // libssh's runtime string starts with its numeric version, e.g. "0.10.6/openssl/zlib".
        QVERIFY(components.at(1).version.startsWith(
            QStringLiteral("%1.%2.").arg(LIBSSH_VERSION_MAJOR).arg(LIBSSH_VERSION_MINOR)));
        QVERIFY(QRegularExpression(QStringLiteral("^0\\.\\d+\\.\\d+"))
                    .match(components.at(2).version)
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestComponentVersions)
#include "tst_componentversions.moc"
