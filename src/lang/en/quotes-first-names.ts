/**
 * Gendered first names common in English-language news (UK, US, Canada and
 * names from elsewhere as English writes them), used to resolve "she"and
 * "he"to a named speaker. Lower-case, space-separated. Names commonly given
 * to both sexes (Jordan, Taylor, Alex, Jamie, Leslie) are left out.
 */
export const FEMALE_FIRST_NAMES_EN: string =
  "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa " +
  "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda " +
  "melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela " +
  "helen anna brenda pamela nicole emma samantha katherine christine debra rachel " +
  "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria " +
  "olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah " +
  "martha jacqueline frances gloria ann teresa kathryn sara janice jean alice " +
  "madison doris abigail julia judy grace denise amber marilyn beverly danielle " +
  "theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla " +
  "hillary kamala nikki liz jacinda chrystia " +
  "caroline melanie jody jane " +
  "ellen wendy tina gina lynn lynne joanne joanna jo claire fiona siobhan niamh " +
  "aoife gillian eileen maureen bridget kirsty nicola priti suella yvette harriet " +
  "penny priya anita sunita indira sonia benazir malala aung ayaan ngozi " +
  "chimamanda wangari fatima aisha amina leila nadia yasmin layla noor zainab " +
  "mariam miriam esther naomi leah tamar golda tzipi shirin narges " +
  "olga irina tatiana natalia svetlana elena ekaterina lyudmila valentina oksana " +
  "yulia viktoria alexandra daria sofia iryna hanna larissa marina veronika " +
  "ursula annalena giorgia francesca giulia chiara paola isabel carmen " +
  "lucia gabriela fernanda ana beatriz juana mercedes pilar rosa cristina " +
  "ingrid astrid sigrid greta helga mette sanna magdalena katarzyna agnieszka " +
  "ewa beata petra jana zuzana katalin ivana mirela dilnoza maren " +
  "stacey stacy tracy tracey kristen kirsten kristin courtney " +
  "chelsea brooke hailey haley kaitlyn katie kate kathy cathy becky peggy " +
  "sally molly holly polly dolly lucy daisy lily ella chloe zoe mia ava " +
  "harper abby gwen gwendolyn meredith marjorie lorraine bernadette colleen " +
  "erin shannon tara carrie kristina monica veronica vanessa tiffany crystal " +
  "whitney candace erica erika jenna jenny jillian jill joy paula " +
  "roberta rosemary sheila sylvia tammy valerie vera wanda yolanda bonnie " +
  "connie darlene edna elaine ethel florence gail georgia hazel irene jeanne " +
  "josephine june lois loretta louise lucille mildred norma pauline phyllis " +
  "rita roxanne ruby sue thelma velma doreen mona huda hala rima reem dina";

export const MALE_FIRST_NAMES_EN: string =
  "james john robert michael william david richard joseph thomas charles " +
  "christopher daniel matthew anthony mark donald steven paul andrew joshua " +
  "kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob " +
  "gary nicholas eric jonathan stephen larry justin scott brandon benjamin " +
  "samuel gregory alexander frank patrick raymond jack dennis jerry tyler " +
  "aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah " +
  "jeremy christian keith roger terry gerald harold sean austin carl arthur " +
  "lawrence dylan jesse bryan joe billy bruce albert willie gabriel " +
  "logan alan juan wayne roy ralph randy eugene vincent russell elijah louis " +
  "bobby philip johnny barack bill mike mitch chuck ted marco bernie pete " +
  "boris keir rishi tony gordon nigel jagmeet doug pierre " +
  "justin dalton dwight stockwell preston maxime " +
  "francois françois jean-yves yves gilles lucien rene rené michel jacques " +
  "emmanuel nicolas olaf friedrich helmut gerhard frank-walter " +
  "wolfgang horst karl heinz klaus jurgen jürgen dieter hans uwe stefan " +
  "andreas matthias markus vladimir dmitry dmitri sergei sergey alexei " +
  "alexey yevgeny evgeny igor ivan mikhail nikolai andrei andrey oleg " +
  "viktor vyacheslav gennady volodymyr oleksandr petro mykhailo andriy " +
  "denys vitali vitaliy ramzan aleksandr rustam anselme tomas bakhyt henrik " +
  "pavel julien martin lukas jan milos zoran goran dragan slobodan " +
  "aleksandar andrzej jaroslaw mateusz lech wojciech krzysztof piotr " +
  "gabor zoltan laszlo istvan mohammed mohamed muhammad mohammad ahmed ahmad " +
  "ali hassan hussein karim rashid omar abdel abdullah abdulaziz ibrahim " +
  "mahmoud khaled khalid walid tariq bashar recep tayyip yair " +
  "naftali ehud ariel shimon yitzhak xi narendra rahul imran nawaz shinzo " +
  "fumio moon mustafa mehmet ahmet kemal jair luiz lula carlos luis " +
  "miguel javier fernando francisco antonio manuel pedro pablo andres " +
  "gustavo evo rafael hugo giuseppe giorgio sergio mario luigi " +
  "silvio enrico paolo matteo seth lloyd antony jake colin " +
  "rex hakeem rand ron gavin greg andy bob tim tom " +
  "jim ken steve dave dan phil rick don ben sam nick chris matt " +
  "jon josh jeff jeffery brad chad craig curtis darren derek dustin " +
  "trevor travis troy wade warren wesley clayton clifford cody colton " +
  "connor dale dean devin edwin elliot garrett glen glenn grant " +
  "howard ian isaac jared jerome joel kurt lance leonard lewis luke " +
  "marcus marvin mitchell neil norman oliver owen perry quentin ray " +
  "reginald rodney ross shane spencer stanley todd victor vernon wyatt " +
  "harry charlie alfie archie freddie theo oscar leo hugh rory callum " +
  "liam declan kieran niall conor seamus fergus angus hamish duncan " +
  "malcolm alistair alastair graham clive rupert giles";
