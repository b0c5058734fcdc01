// berth: the desktop application. Only start-up lives here; everything else is in berth_gui.
#include "core/BerthVersion.h"
#include "core/BuildInfo.h"
#include "core/Translations.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"
#include "gui/Pages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace Berth;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate(
        "main", "Berth: deploy to your own servers with Kamal, and see every step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Kamal project folder to open."),
                                 QStringLiteral("[project]"));
    parser.addOption({QStringLiteral("page"),
                      QApplication::translate("main",
                                              "Page to show: config, secrets, deploy, "
                                              "releases, servers or backups."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("color-scheme"),
                      QApplication::translate("main", "Appearance: system, light or dark."),
                      QStringLiteral("scheme")});
    parser.addOption({QStringLiteral("language"),
                      QApplication::translate("main", "User interface language, e.g. de."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("size"),
                      QApplication::translate("main", "Window size, e.g. 1280x800."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main",
                                              "Save a picture of the window to the file "
                                              "once it is shown, then quit."),
                      QStringLiteral("file")});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral(BERTH_APPLICATION_NAME));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setOrganizationName(QStringLiteral(BERTH_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(BERTH_ORGANIZATION_DOMAIN));
    QGuiApplication::setDesktopFileName(QStringLiteral(BERTH_DESKTOP_ID));

    // --version and --help must work without a display (packaging checks, CI), so they are
    // answered before QApplication connects to one.
    {
        QCommandLineParser early;
        setUpParser(early);
        if (early.parse(argumentsOf(argc, argv))) {
            if (early.isSet(QStringLiteral("version"))) {
                std::fputs(qPrintable(BuildInfo::versionLine() + QLatin1Char('\n')), stdout);
                return 0;
            }
            if (early.isSet(QStringLiteral("help"))) {
                std::fputs(qPrintable(early.helpText()), stdout);
                return 0;
            }
        }
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);
    Translations::install(app, parser.value(QStringLiteral("language")));

    if (parser.isSet(QStringLiteral("color-scheme"))) {
        const auto scheme = Gui::Appearance::fromKey(parser.value(QStringLiteral("color-scheme")));
        if (!scheme) {
            std::fputs(qPrintable(QApplication::translate("main",
                                                          "Unknown color scheme “%1”; use "
                                                          "system, light or dark.\n")
                                      .arg(parser.value(QStringLiteral("color-scheme")))),
                       stderr);
            return 2;
        }
        Gui::Appearance::apply(*scheme);
    }

    Gui::MainWindow window;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        (void)window.openProject(positional.constFirst());
    if (parser.isSet(QStringLiteral("page"))) {
        if (const auto page = Gui::Pages::fromKey(parser.value(QStringLiteral("page"))))
            window.selectPage(*page);
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        // Give the window a moment to be laid out and painted (fonts, icons) before the grab.
        QTimer::singleShot(600, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fputs(qPrintable(QApplication::translate("main",
                                                              "Could not write the screenshot "
                                                              "to “%1”.\n")
                                          .arg(QDir::toNativeSeparators(file))),
                           stderr);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
