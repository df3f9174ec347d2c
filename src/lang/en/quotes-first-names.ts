/**
 * Gendered first names common in English-language news (UK, US, Canada and
 * names from elsewhere as English writes them), used to resolve "she"and
 * "he"to a named speaker. Lower-case, space-separated. Names commonly given
 * to both sexes (Jordan, Taylor, Alex, Jamie, Leslie) are left out.
 */
export const FEMALE_FIRST_NAMES_EN: string =
  "abby adrienne agnes aileen aimee alana alexa alexandra alicia alison alisha allison alma alyssa amelia andrea angelica angie anita annabelle annette antoinette april arlene audrey autumn ava bailey beatrice belinda bella bernice bethany betsy beth bianca billie blanche brianna bridget brittney brooke caitlin callie camila candice cara carla carly carmen carol caroline cassandra cassidy catalina cecilia celeste celia charlene charlotte chelsea cheyenne christa christy cindy claire clara claudia colleen constance cora corinne cristina daisy dana daniela daphne darla dawn deanna debbie deirdre delia della desiree destiny diana dianne dolores dominique donna dora dorothy eden edith eileen elaine eleanor elena elise eliza ella ellie eloise elsa elsie emilia emily esperanza estelle ethel eva evangeline faith faye felicia fiona flora frances francine freda gabriela gabrielle gemma genevieve georgina geraldine gina ginger gladys glenda gretchen gwendolyn hailey harriet hazel heidi helena henrietta hilda hope imogen ingrid irene iris isabel isabelle ivy jackie jacqueline jade janelle janet janine jasmine jeanette jeanne jemma jenna jennie jillian joanne jocelyn jodi johanna jolene josie joy juanita judith julianne juliet june justine kara karina karla kate katelyn katharine kathy katrina kayla keisha kelsey kendra kerry kimberley kristy kylie lacey lana leah leanne leigh lena leona lila lillian lilly linda lindsay lindsey lisa liza lois lorna lorraine louisa louise lucia lucille luisa lydia lynda mabel mackenzie madeline madison maggie mandy marcia margo marguerite maria mariah marian marianne marie marina marion marisa marjorie marlene marsha martha mary maxine maya meghan melinda melody mercedes meredith mia michaela mildred millie miranda misty molly monique muriel myra nadine nancy naomi natasha nellie nicola nicole nina nora norma odette olga olive paige pamela patsy paula pauline pearl peggy penelope philippa phoebe priscilla rachael raquel rebekah regina renee rhonda rita roberta robyn rochelle rosa rosalind rosemary rosie roxanne ruby ruth sabrina sadie samantha sandra savannah selena serena shanna sharon shauna sheila shelby shelley sherri sherry shirley sierra simone sofia sonja sophie stella stephanie sue susan susanna suzanne sybil sylvie tabitha tamara tania tanya tasha teresa terri tess tessa thea thelma tiffany tina toni tracy trisha trudy ursula valerie vanessa vera veronica vicki vicky victoria viola violet virginia vivian wanda wendy whitney wilma yasmin yolanda yvonne zoe zoey " +
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
  "rita roxanne ruby sue thelma velma doreen mona huda hala rima reem dina " +
  "megyn melania ivanka sandy dena huma kellyanne ghazala marla joni cecile norah " +
  "melanne jen mika patty michele condoleezza lolita adelle gabby brigid kelli roseann shonda " +
  "susanne neera chrystia jody-lynn tamara tanya tracey trudy twyla valerie wanda wilma yvonne " +
  "deena shannen iqra amira priya sunita anjali pooja neha kavita lakshmi aisha fatima " +
  "zainab mariam leila layla noor yasmine amina khadija chiamaka ngozi ama abena " +
  "keiko yoko akiko mei ling xiu harpreet-kaur kaur " +
  // Names common in Canadian news (Irish, Nordic, South Asian, West and East African, Arabic, Québécois).
  "annika anika freya maeve saoirse ciara krista kaitlin chantelle deepa divya kavya ananya shreya meena " +
  "rekha yuki sakura haruka nkechi chioma adaeze ifeoma folasade funmilayo akosua efua wanjiru nyambura " +
  "samira noura maryam ayesha zahra zara sana farah hiba rosalie marjolaine kenza";

export const MALE_FIRST_NAMES_EN: string =
  "aaron abe abraham adrian ahmed alan albert alec alexander alfred allan alvin amir andre andres andy angelo anthony antoine archie arnold arturo austin barry bart basil ben benedict benny bernard bert blake bob bobby boyd brad bradley brandon brendan brent brett brian brock bruce bryan bryce byron caleb calvin cameron carl carlos carter cecil cedric chad charles chester chris christian christopher clarence claude clay clayton cliff clifford clint clinton clyde colin conrad corey cory craig curtis cyril dale dallas damian damien dan daniel danny darius darrell darren darryl dave david dean dennis derek derrick desmond devon dexter dick dominic don donald donovan doug douglas drew duane dustin dwayne earl ed eddie edgar edmund eduardo edward edwin eli elias elliott ellis elmer emanuel emmett enrique eric erik ernest ernie ethan eugene evan everett ezra felix fernando floyd forrest francis frank franklin fred freddie frederick gabriel garry gary gavin gene geoffrey george gerald gerard gilbert glen glenn gordon graham grant greg gregory guy hal hank harold harrison harry harvey hector henry herbert herman homer horace howard hubert hugh hugo ian isaac ivan jack jackson jacob jake jamal james jared jarvis jason jasper jay jean-paul jeff jeffrey jeremiah jeremy jerome jerry jesse jesus jim jimmy joe joel joey john johnny jon jonah jonathan jorge jose joseph josh joshua juan julian julius justin karl keith ken kenneth kent kevin kirk kurt kyle lamar lance larry lawrence leo leon leonard leroy les lester levi lewis liam lincoln lionel lloyd logan lonnie louis lucas luke luther lyle malcolm manuel marc marcus mario mark marlon marshall martin marvin mason mathew matt matthew maurice max maxwell melvin merle micah michael mickey miguel mike miles milton mitchell mohammed monte morris moses murray myron nathan nathaniel neal ned neil nelson nicholas nick nigel noah noel norman oliver omar orlando oscar otis owen pablo patrick paul pedro percy perry pete peter phil philip phillip pierre preston quentin quincy rafael ralph ramon randall randy raphael raul ray raymond reggie reginald rene reuben rex ricardo richard rick rickey ricky rob robert roberto rod rodney roger roland roman ron ronald ronnie roosevelt ross roy ruben rudolph rudy rufus russell ryan sal salvador sam sammy samuel saul scott sean sebastian seth shane shaun shawn sheldon sherman sid sidney simon solomon spencer stan stanley stephen steve steven stewart stuart sylvester ted terence terrence terry theo theodore thomas tim timothy toby todd tom tommy tony travis trent trevor troy tyler tyrone ulysses vance vernon vic victor vince vincent virgil wade walter ward warren wayne wendell wesley wilbur wilfred will willard william willie wilson winston xavier zachary zane " +
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
  "malcolm alistair alastair graham clive rupert giles " +
  "jeb mitt newt merrick robby tad trey khizr reince rahm geoff nate trayvon gonzalo " +
  "dinesh zach ari fidel freddy peyton daron beau laquan geert russ muammar prescott akhil " +
  "humayun bret marty dante dylann woodrow felipe buddy cassius philando mick lyndon sadiq " +
  "salah osman federico saddam jagmeet blaine gerry dwight kofi " +
  "harjit kwame arjun ravi rajesh sanjay amit anil vijay suresh ramesh sunil rohan vikram " +
  "gurpreet harpreet sukhjinder navdeep inderjit mandeep baljit hiroshi kenji takeshi " +
  "hassan hussein ali ibrahim yusuf mustafa khalid tariq bilal faisal karim amir " +
  "chidi emeka kwabena tunde olu jamal tyrone darnell deshawn malik andre " +
  "ryan kyle brett shawn sean wayne barry randy terry jerry larry gary " +
  "ronan cormac ewan graeme gord dougal chukwuemeka chinedu obinna olumide yaw kojo reza nasser kamal usman " +
  "haruto";

/** Accent-free spellings of first names that are ordinary English words ("Réal" → "real"): never read as names. */
export const ACCENTLESS_NOT_NAMES: readonly string[] = ["real"];
