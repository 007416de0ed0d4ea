/**
 * Realistic first and last names for demo and synthetic job seekers, roughly from most to least
 * common (so Prng.pickCommon makes "Smith" come up more than "Gabbard", as in a real caseload), with
 * the Appalachian surnames common in eastern Kentucky. Real names belong to many people; no entry
 * stands for anyone. Names the browser tests register (Dolores Haze, Quill…) are left out, so
 * searches there find only what the test made.
 */
export const FEMALE_FIRST_NAMES: readonly string[] = (
  'Mary Jennifer Linda Patricia Elizabeth Susan Jessica Sarah Karen Lisa Nancy Betty Sandra ' +
  'Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca ' +
  'Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha ' +
  'Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie ' +
  'Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan ' +
  'Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances ' +
  'Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie ' +
  'Theresa Diana Brittany Doris Kayla Alexis Lori Tiffany Tammy Crystal Misty Brandy Whitney ' +
  'Courtney Haley Kaitlyn Destiny Savannah Brooke Leah Paige Mackenzie Chloe Avery Harper Addison ' +
  'Aubrey Ella Lillian Layla Zoey Peyton Bailey Jasmine Guadalupe Rosa Yesenia Mariana Fatima ' +
  'Aaliyah Imani Keisha Latoya Ebony Mei Linh Priya Anjali Esperanza Bobbie Loretta Wanda Opal ' +
  'Reba Darlene Rhonda Tonya Wilma Hazel Pearl Mabel Geneva'
).split(' ');

export const MALE_FIRST_NAMES: readonly string[] = (
  'James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel ' +
  'Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald ' +
  'George Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott ' +
  'Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron ' +
  'Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith ' +
  'Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy ' +
  'Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph ' +
  'Bobby Russell Bradley Philip Eugene Travis Cody Dustin Shane Chad Wesley Dale Clayton Hunter ' +
  'Colton Bryson Brantley Easton Landon Grayson Carter Caleb Luke Isaac Owen Wyatt Levi Jaxon ' +
  'Miguel Luis Carlos Jorge Alejandro DeShawn Jamal Malik Darnell Tyrone Hieu Minh Raj Arjun ' +
  'Omar Ahmed Earl Virgil Darrell Ricky Jimmy Tommy Danny Leroy Clyde Homer Otis Floyd Delbert'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson ' +
  'Taylor Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris Clark ' +
  'Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright King Scott Green Baker Adams ' +
  'Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker ' +
  'Collins Edwards Stewart Flores Morris Nguyen Murphy Rivera Cook Rogers Morgan Peterson Cooper ' +
  'Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray ' +
  'James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell ' +
  'Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan ' +
  'Reynolds Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayden Chavez ' +
  'Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells ' +
  'Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder ' +
  'Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer ' +
  'Robertson Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice Moreno Schmidt Patel ' +
  'Ferguson Nichols Herrera Medina Ryan Fernandez Weaver Daniels Stephens Gardner Payne Kelley ' +
  'Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott Cunningham ' +
  'Knight Bradley Carroll Hudson Duncan Armstrong Berry Andrews Johnston Ray Lane Riley Carpenter ' +
  'Perkins Aguilar Silva Richards Willis Matthews Chapman Lawrence Garza Vargas Watkins Wheeler ' +
  'Larson Carlson Harper George Greene Burke Guzman Morrison Munoz Jacobs Obrien Lawson Franklin ' +
  'Lynch Bishop Carr Salazar Austin Mendez Gilbert Jensen Williamson Montgomery Harvey Oliver ' +
  'Howell Dean Hanson Weber Garrett Sims Burton Fuller Soto McCoy Welch Chen Schultz Walters Reid ' +
  'Fields Walsh Little Fowler Bowman Davidson May Day Schneider Newman Brewer Lucas Holland Wong ' +
  'Banks Santos Curtis Pearson Delgado Valdez Pena Rios Douglas Sandoval Barrett Hopkins Keller ' +
  'Guerrero Stanley Bates Alvarado Beck Ortega Wade Estrada Contreras Barnett Caldwell Santiago ' +
  'Lambert Powers Chambers Nunez Craig Leonard Lowe Rhodes Byrd Gregory Shelton Frazier Becker ' +
  'Maldonado Fleming Vega Sutton Cohen Jennings Parks McDaniel Watts Barker Norris Vaughn Vazquez ' +
  'Holt Schwartz Steele Benson Neal Dominguez Horton Terry Wolfe Hale Lyons Graves Newton Combs ' +
  'Caudill Sizemore Napier Noble Couch Begley Mullins Stidham Gabbard Bowling Hensley Slone ' +
  'Stamper Fugate Ritchie Amburgey Blevins Creech Halcomb Maggard Pennington Sexton Spurlock ' +
  'Whitaker Asher Brock Cornett Helton Hoskins Lewallen Ison Osborne Ratliff Stacy Tackett Vanover ' +
  'Adkins Bartley Coots Estep Gilliam Hatfield Justice Keene Lykins Mays Nolan Prater Rowe Skaggs ' +
  'Thacker Vance Whitt Yonts Abner Bledsoe Callahan Dotson Eversole Frazer Grigsby Hurley Jett'
).split(' ');
