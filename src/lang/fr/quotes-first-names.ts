/**
 * Gendered first names common in French-language news (French, European,
 * Maghreb, African, Slavic and other forms as French writes them), used to
 * resolve « elle » and « il » to a named speaker. Lower-case, space-separated.
 * Names that are commonly given to both sexes (Camille, Dominique, Claude) are left out.
 */
export const FEMALE_FIRST_NAMES_FR: string =
  "marie anne catherine christine isabelle nathalie sylvie sophie valérie sandrine véronique " +
  "françoise monique martine nicole brigitte patricia céline aurélie julie émilie caroline " +
  "stéphanie laurence hélène virginie chantal jacqueline danielle annie agnès florence élise " +
  "claire alice léa emma chloé manon inès sarah laura lucie juliette louise jeanne " +
  "charlotte pauline marion mathilde margaux élodie audrey mélanie amélie delphine karine " +
  "corinne béatrice geneviève odile josiane ségolène rachida najat myriam fatima aïcha leïla " +
  "samia nadia yasmina karima malika amina khadija zineb salma rania farida houria anissa " +
  "nadège marine marlène rachel judith esther rebecca ruth noémie anaïs clémence agathe " +
  "adèle victoire constance éléonore albane bérénice capucine ophélie solène maëlle gaëlle " +
  "morgane océane coralie jessica vanessa cindy priscilla ursula angela annalena giorgia " +
  "kamala hillary michelle nancy elizabeth margaret theresa liz ivana mirela dilnoza ingrid " +
  "maren claire-lise olga irina tatiana natalia svetlana elena anna maria ioulia ioulia " +
  "youlia yulia ekaterina lioudmila ludmila valentina galina oksana viktoria victoria " +
  "alexandra daria sofia hanna halyna iryna larissa ksenia marina veronika " +
  "nathalie- francesca giulia chiara paola federica beatriz carmen dolores pilar lucia " +
  "isabel ana mercedes rosa teresa cristina gabriela fernanda juana ewa agnieszka " +
  "katarzyna malgorzata joanna magdalena beata renata jana petra lenka zuzana katalin " +
  "ilona sigrid astrid birgit helga greta ulrike angelika sabine heike " +
  "sanna mette jacinda benazir indira sonia priyanka aung ayaan " +
  "golda tzipi shirin narges nasrin malala ngozi ellen wangari chimamanda fatou aminata " +
  "awa mariama khady ndeye rokia oumou kadiatou hawa nafissatou aïssatou " +
  "lina nour noor yara dina hala rima reem layla hoda mona huda " +
  "roselyne élisabeth ghislaine jocelyne nelly yvonne simone colette " +
  "madeleine germaine suzanne paulette denise huguette arlette raymonde lucienne " +
  "bernadette thérèse marguerite antoinette henriette georgette yvette josette " +
  "claudine micheline jeannine ginette mireille évelyne muriel fabienne " +
  "carole laure estelle axelle cécile justine clara zoé jade lola romane " +
  "ambre rose mia nina eva lou léna julia maëlys sara yasmine " +
  "josée lise johanne mélissa marie-claude marie-ève marie-josée marie-france maryse lyne " +
  "jacinthe solange yolande gisèle claudette mylène annick ève christiane élaine katia " +
  "ginette huguette micheline jocelyne francine carole roxanne karine nancy chrystia";

export const MALE_FIRST_NAMES_FR: string =
  "jean pierre michel philippe alain nicolas christophe patrick daniel bernard éric " +
  "laurent frédéric stéphane olivier david pascal thierry sébastien julien françois " +
  "jacques gérard andré didier christian vincent emmanuel marc bruno " +
  "guillaume antoine thomas maxime alexandre romain mathieu matthieu benjamin hugo " +
  "louis lucas gabriel arthur paul jules raphaël adam léo nathan théo ethan tom noah " +
  "henri georges roger rené marcel robert jean-pierre jean-luc jean-marc " +
  "jean-claude jean-paul jean-michel jean-françois jean-yves jean-louis jean-marie " +
  "jean-noël jean-baptiste jean-charles gérald édouard manuel lionel " +
  "jordan yannick gilles hervé serge denis yves rémi régis " +
  "xavier cédric fabrice franck jérôme arnaud benoît damien florian kevin quentin " +
  "adrien baptiste clément bastien valentin victor martin simon samuel joseph " +
  "mohamed mohammed mohammad mohamad ahmed ahmad ali hassan hussein hocine karim " +
  "rachid mourad nabil samir farid mehdi youssef yusuf omar abdel abdelkader " +
  "abdelaziz abdallah abdullah abdoulaye mamadou moussa ibrahim ibrahima ousmane " +
  "amadou boubacar seydou modibo issa idriss driss hamid khaled walid " +
  "tarek tariq bachar bashar recep tayyip mahmoud benyamin yaïr naftali " +
  "ehud ariel shimon yitzhak vladimir dmitri dmitry sergueï sergei sergey alexeï " +
  "alexei alexey evgueni evgeny ievgueni igor ivan mikhaïl mikhail nikolaï nikolai " +
  "andreï andrei andrey oleg boris viktor viatcheslav vyacheslav guennadi " +
  "roustam rustam anselme tomas tomáš bakhyt henrik pavel " +
  "volodymyr oleksandr olexandr petro mykhaïlo mykhailo andriy denys vitali vitaliy " +
  "ramzan aleksandr aleksander alexander lukas lukáš jan jiří " +
  "miloš milos zoran goran dragan slobodan aleksandar vuk ivica ante tomislav " +
  "andrzej jarosław jaroslaw mateusz donald lech wojciech tadeusz krzysztof piotr " +
  "péter peter gábor zoltán lászló istván joe barack george bill " +
  "ronald richard john james michael william mike mark marco marcos matteo " +
  "giuseppe giorgio sergio mario luigi silvio enrico paolo pedro pablo carlos juan " +
  "josé jose luis luiz miguel javier fernando francisco antonio jair " +
  "andrés andres gustavo nicolás evo rafael xi li wang zhang kim " +
  "shinzo fumio narendra rahul imran nawaz kemal mustafa ahmet mehmet " +
  "olaf friedrich helmut gerhard frank-walter wolfgang horst " +
  "karl heinz klaus jürgen dieter hans uwe stefan andreas matthias markus " +
  "justin stephen jagmeet doug jason brian ted chuck mitch " +
  "keir rishi tony gordon nigel jeremy " +
  "jean-philippe jean-guy jean-sébastien françois-philippe réjean sylvain marc-andré " +
  "normand patrice roch yvon étienne fernand gaétan gaston germain ghislain joël luc mathias " +
  "pierre-luc réal yves-françois jagmeet régis rémi benoît denis gilles serge yves mario";
